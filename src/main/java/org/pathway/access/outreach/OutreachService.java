package org.pathway.access.outreach;

import java.io.Reader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.access.ContactOutcome;
import org.pathway.access.ReferralId;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.people.People;
import org.pathway.people.PersonDetails;
import org.pathway.people.PersonId;
import org.pathway.people.PersonMatch;
import org.pathway.people.PersonSummary;
import org.pathway.platform.UkTime;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.OrganisationStructure;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutreachService implements Outreach {

    private final JdbcClient jdbc;
    private final People people;
    private final OrganisationStructure organisations;
    private final AuditLog audit;
    private final Clock clock;

    OutreachService(JdbcClient jdbc, People people, OrganisationStructure organisations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ImportReport importList(String name, String fileName, Reader csv, boolean allOrNothing, PathwayUser user) {
        UUID organisation = requireOrganisation(user);
        OutreachCsv.Parsed parsed = OutreachCsv.parse(csv, UkTime.today(clock));
        List<RowProblem> problems = parsed.problems().stream().map(p -> new RowProblem(p.line(), p.message())).toList();
        int rowsRead = parsed.rows().size() + (int) parsed.problems().stream().filter(p -> p.line() > 1).count();
        if (parsed.rows().isEmpty() || (allOrNothing && parsed.hasProblems())) {
            return new ImportReport(null, rowsRead, 0, 0, problems, false);
        }
        List<PersonId> persons = people.registerAll(parsed.rows().stream().map(OutreachCsv.Row::person).toList(),
                user.getUsername());
        UUID listId = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO access.outreach_list (id, name, organisation_id, file_name, imported_by, imported_at,
                  rows_read, rows_rejected, checks_created, already_listed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)""")
                .params(listId, name.strip(), organisation, fileName, user.getUsername(), Timestamp.from(now), rowsRead,
                        problems.size())
                .update();
        UUID[] ids = new UUID[persons.size()];
        UUID[] personIds = new UUID[persons.size()];
        String[] reasons = new String[persons.size()];
        for (int i = 0; i < persons.size(); i++) {
            ids[i] = UUID.randomUUID();
            personIds[i] = persons.get(i).value();
            reasons[i] = parsed.rows().get(i).reason();
        }
        int created = jdbc.sql("""
                INSERT INTO access.welfare_check (id, list_id, organisation_id, person_id, reason, status, created_at)
                SELECT c.id, ?, ?, c.person_id, c.reason, 'TO_CALL', ?
                FROM unnest(?::uuid[], ?::uuid[], ?::text[]) AS c(id, person_id, reason)
                ON CONFLICT (organisation_id, person_id) WHERE status IN ('TO_CALL','NO_ANSWER') DO NOTHING""")
                .params(listId, organisation, Timestamp.from(now), ids, personIds, reasons)
                .update();
        int alreadyListed = persons.size() - created;
        jdbc.sql("UPDATE access.outreach_list SET checks_created = ?, already_listed = ? WHERE id = ?")
                .params(created, alreadyListed, listId).update();
        audit.changed("outreach_list", listId.toString(), "imported " + created + " welfare checks from "
                + persons.size() + " rows (" + problems.size() + " rejected)");
        return new ImportReport(listId, rowsRead, created, alreadyListed, problems, true);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ListSummary> lists(PathwayUser user, Pageable pageable) {
        UUID organisation = requireOrganisation(user);
        List<ListSummary> rows = jdbc.sql(LIST_SELECT + " WHERE l.organisation_id = ? ORDER BY l.imported_at DESC LIMIT ? OFFSET ?")
                .params(organisation, pageable.getPageSize(), pageable.getOffset())
                .query(this::listSummary).list();
        long total = jdbc.sql("SELECT count(*) FROM access.outreach_list WHERE organisation_id = ?").param(organisation)
                .query(Long.class).single();
        return new PageImpl<>(rows, pageable, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ListSummary> list(UUID listId, PathwayUser user) {
        return jdbc.sql(LIST_SELECT + " WHERE l.id = ? AND l.organisation_id = ?")
                .params(listId, requireOrganisation(user)).query(this::listSummary).optional();
    }

    private static final String LIST_SELECT = """
            SELECT l.*, (SELECT count(*) FROM access.welfare_check c
                         WHERE c.list_id = l.id AND c.status IN ('TO_CALL','NO_ANSWER')) AS open
            FROM access.outreach_list l""";

    private ListSummary listSummary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ListSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("file_name"),
                rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant(), rs.getInt("rows_read"),
                rs.getInt("rows_rejected"), rs.getInt("checks_created"), rs.getInt("already_listed"), rs.getLong("open"));
    }

    record CheckKeys(UUID id, UUID person, String reason, String status) {}

    @Override
    @Transactional(readOnly = true)
    public Page<CheckRow> checks(UUID listId, boolean openOnly, PathwayUser user, Pageable pageable) {
        UUID organisation = requireOrganisation(user);
        String filter = openOnly ? " AND c.status IN ('TO_CALL','NO_ANSWER')" : "";
        List<CheckKeys> keys = jdbc.sql("""
                SELECT c.id, c.person_id, c.reason, c.status FROM access.welfare_check c
                WHERE c.list_id = ? AND c.organisation_id = ?""" + filter + " ORDER BY c.created_at, c.id LIMIT ? OFFSET ?")
                .params(listId, organisation, pageable.getPageSize(), pageable.getOffset())
                .query((rs, i) -> new CheckKeys(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getString("reason"), rs.getString("status")))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM access.welfare_check c WHERE c.list_id = ? AND c.organisation_id = ?"
                + filter).params(listId, organisation).query(Long.class).single();
        Map<PersonId, PersonSummary> persons = people.findAll(keys.stream().map(k -> new PersonId(k.person())).toList());
        Map<UUID, List<OtherContact>> contacts = contactsOf(keys.stream().map(CheckKeys::person).toList());
        List<CheckRow> rows = new ArrayList<>();
        for (CheckKeys k : keys) {
            PersonSummary p = persons.get(new PersonId(k.person()));
            List<OtherContact> history = contacts.getOrDefault(k.person(), List.of());
            long byOthers = history.stream().filter(c -> !c.organisation().equals(nameOf(organisation))).count();
            rows.add(new CheckRow(k.id(), p == null ? "Unknown" : p.fullName(), p == null ? null : p.dateOfBirth(),
                    p == null ? null : p.postcode(), k.reason(), k.status(), history.isEmpty() ? null : history.get(0),
                    byOthers));
        }
        return new PageImpl<>(rows, pageable, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CheckDetail> check(UUID checkId, PathwayUser user) {
        UUID organisation = requireOrganisation(user);
        return jdbc.sql("""
                SELECT c.id, c.list_id, l.name AS list_name, c.person_id, c.reason, c.status
                FROM access.welfare_check c JOIN access.outreach_list l ON l.id = c.list_id
                WHERE c.id = ? AND c.organisation_id = ?""")
                .params(checkId, organisation)
                .query((rs, i) -> new Object[] {rs.getObject("list_id", UUID.class), rs.getString("list_name"),
                        rs.getObject("person_id", UUID.class), rs.getString("reason"), rs.getString("status")})
                .optional()
                .flatMap(row -> people.find(new PersonId((UUID) row[2])).map(p -> new CheckDetail(checkId, (UUID) row[0],
                        (String) row[1], p.fullName(), p.dateOfBirth(), p.nhsNumber(), p.postcode(), p.phone(),
                        (String) row[3], (String) row[4],
                        contactsOf(List.of((UUID) row[2])).getOrDefault(row[2], List.of()), possiblySame(p.id()))));
    }

    /** People recorded separately who may be this person, each with the contacts anyone made with them. */
    private List<PossiblySame> possiblySame(PersonId person) {
        List<PersonMatch.Candidate> candidates = people.possiblyAlsoKnownAs(person);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<OtherContact>> contacts = contactsOf(candidates.stream().map(c -> c.person().id().value()).toList());
        return candidates.stream().map(c -> new PossiblySame(c.person().fullName(), c.person().dateOfBirth(),
                c.person().postcode(), c.reason(), contacts.getOrDefault(c.person().id().value(), List.of()))).toList();
    }

    @Override
    @Transactional
    public void recordContact(UUID checkId, ContactOutcome outcome, String note, PathwayUser user) {
        UUID organisation = requireOrganisation(user);
        UUID person = jdbc.sql("SELECT person_id FROM access.welfare_check WHERE id = ? AND organisation_id = ?")
                .params(checkId, organisation).query(UUID.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No such welfare check"));
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO access.welfare_contact (welfare_check_id, person_id, organisation_id, contacted_at, contacted_by,
                  contacted_by_account, outcome, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(checkId, person, organisation, Timestamp.from(now), user.displayName(), user.id(), outcome.name(),
                        note == null || note.isBlank() ? null : note.strip())
                .update();
        String status = switch (outcome) {
            case NO_ANSWER, WRONG_NUMBER -> "NO_ANSWER";
            case SPOKE_NEEDS_SUPPORT -> "CONTACTED";
            case SPOKE_NO_NEEDS, DECLINED -> "NO_FURTHER_ACTION";
        };
        Timestamp closedAt = status.equals("NO_ANSWER") ? null : Timestamp.from(now);
        jdbc.sql("UPDATE access.welfare_check SET status = ?, closed_at = ? WHERE id = ?")
                .params(status, closedAt, checkId).update();
        audit.changed("person", person.toString(), "welfare contact recorded: " + outcome);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReferralDraft> referralDraft(UUID checkId, PathwayUser user) {
        return check(checkId, user).map(c -> {
            String[] names = jdbc.sql("""
                    SELECT p.given_name, p.family_name FROM access.welfare_check c JOIN people.person p ON p.id = c.person_id
                    WHERE c.id = ?""").param(checkId)
                    .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).single();
            String context = "From the outreach list \"" + c.listName() + "\"" + (c.reason() == null ? "" : ": " + c.reason())
                    + (c.contacts().isEmpty() ? "" : ". Last contact: " + c.contacts().get(0).outcome()
                            + (c.contacts().get(0).note() == null ? "" : " (" + c.contacts().get(0).note() + ")"));
            return new ReferralDraft(checkId, names[0], names[1], c.dateOfBirth(), c.nhsNumber(), c.postcode(), c.phone(),
                    context);
        });
    }

    @Override
    @Transactional
    public void markReferred(UUID checkId, ReferralId referral, PathwayUser user) {
        int updated = jdbc.sql("""
                UPDATE access.welfare_check SET status = 'REFERRED', referral_id = ?, closed_at = ?
                WHERE id = ? AND organisation_id = ?""")
                .params(referral.value(), Timestamp.from(clock.instant()), checkId, requireOrganisation(user)).update();
        if (updated == 1) {
            audit.changed("welfare_check", checkId.toString(), "converted into referral " + referral);
        }
    }

    /** Every contact with these people by any organisation of the ICS, newest first. */
    private Map<UUID, List<OtherContact>> contactsOf(List<UUID> persons) {
        if (persons.isEmpty()) {
            return Map.of();
        }
        record Row(UUID person, OtherContact contact) {}
        List<Row> rows = jdbc.sql("""
                SELECT person_id, contacted_at, organisation_id, contacted_by, outcome, note
                FROM access.welfare_contact WHERE person_id = ANY (?) ORDER BY contacted_at DESC, id DESC""")
                .param(persons.toArray(UUID[]::new))
                .query((rs, i) -> new Row(rs.getObject("person_id", UUID.class), new OtherContact(
                        rs.getObject("contacted_at", OffsetDateTime.class).toInstant(),
                        nameOf(rs.getObject("organisation_id", UUID.class)), rs.getString("contacted_by"),
                        ContactOutcome.valueOf(rs.getString("outcome")).label(), rs.getString("note"))))
                .list();
        return rows.stream().collect(Collectors.groupingBy(Row::person, Collectors.mapping(Row::contact, Collectors.toList())));
    }

    private String nameOf(UUID organisation) {
        return organisations.ref(new OrganisationId(organisation)).map(OrganisationRef::name).orElse("Another organisation");
    }

    private static UUID requireOrganisation(PathwayUser user) {
        if (user.organisationId() == null) {
            throw new org.springframework.security.access.AccessDeniedException("Outreach work needs an organisation");
        }
        return user.organisationId();
    }

}
