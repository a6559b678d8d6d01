package org.pathway.partnerships.agreements;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.governance.AuditLog;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.partnerships.AgreementKind;
import org.pathway.partnerships.Agreements;
import org.pathway.partnerships.PartnershipEvents.AgreementRecorded;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.Text;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.IcsWorkforce;
import org.pathway.workforce.OrganisationStructure;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agreements and their parties, in SQL; who sees which is decided here. */
@Service
class AgreementsService implements Agreements {

    /**
     * Who makes agreements: the ICS, PCNs, employing organisations, community providers and partner organisations (not
     * single practices).
     */
    static final Set<OrganisationKind> PARTY_KINDS = Set.of(OrganisationKind.ICS, OrganisationKind.PCN,
            OrganisationKind.EMPLOYER, OrganisationKind.PROVIDER, OrganisationKind.PARTNER);

    private final JdbcClient jdbc;
    private final OrganisationStructure structure;
    private final IcsWorkforce icsWorkforce;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    AgreementsService(JdbcClient jdbc, OrganisationStructure structure, IcsWorkforce icsWorkforce,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.structure = structure;
        this.icsWorkforce = icsWorkforce;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The ICS lead and administrators see every agreement of their ICS (an administrator without an organisation: of
     * every ICS); anyone else those their organisation is a party to.
     */
    static boolean seesAll(PathwayUser user) {
        return user.can(Permissions.AGREEMENTS_MANAGE);
    }

    /** The ICS the user acts within; empty for an administrator without an organisation (every ICS). */
    private Optional<UUID> icsOf(PathwayUser user) {
        return user.organisationId() == null ? Optional.empty()
                : Optional.of(icsWorkforce.icsOf(user.organisationId()).map(OrganisationId::value)
                        .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                                "This sign-in's organisation is in no ICS")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Agreement> agreements(LocalDate today, PathwayUser user) {
        return read(null, today, user).stream()
                .sorted(Comparator.comparing((Agreement a) -> a.standing().ordinal())
                        .thenComparing(a -> a.title().toLowerCase(java.util.Locale.UK)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Agreement> agreement(UUID id, LocalDate today, PathwayUser user) {
        return read(id, today, user).stream().findFirst();
    }

    private record Row(UUID id, AgreementKind kind, String title, LocalDate starts, LocalDate review,
            LocalDate expires, String notes) {}

    /** The agreements this user may see (one, or all), without their parties' names. */
    private List<Row> rows(UUID only, PathwayUser user) {
        boolean all = seesAll(user);
        if (!all && user.organisationId() == null) {
            return List.of();
        }
        UUID ics = all ? icsOf(user).orElse(null) : null;
        return jdbc.sql("""
                SELECT id, kind, title, starts_on, review_on, expires_on, notes FROM partnerships.agreement
                WHERE (CAST(? AS uuid) IS NULL OR id = ?)
                  AND (? AND (CAST(? AS uuid) IS NULL OR ics_id = ?)
                       OR EXISTS (SELECT 1 FROM partnerships.agreement_party p
                                  WHERE p.agreement_id = agreement.id AND p.organisation_id = ?))""")
                .params(only, only, all, ics, ics, user.organisationId())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), AgreementKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("review_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                        rs.getString("notes"))).list();
    }

    /** Where each agreement the user may see stands, for counts (the home page): no parties read. */
    List<Standing> standings(LocalDate today, PathwayUser user) {
        return rows(null, user).stream().map(r -> Standing.of(r.starts(), r.review(), r.expires(), today)).toList();
    }

    private List<Agreement> read(UUID only, LocalDate today, PathwayUser user) {
        List<Row> rows = rows(only, user);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> parties = new HashMap<>();
        jdbc.sql("SELECT agreement_id, organisation_id FROM partnerships.agreement_party WHERE agreement_id = ANY (?)")
                .param(rows.stream().map(Row::id).toArray(UUID[]::new))
                .query(rs -> {
                    parties.computeIfAbsent(rs.getObject("agreement_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject("organisation_id", UUID.class));
                });
        Map<UUID, OrganisationRef> names = new HashMap<>();
        possibleParties(user).forEach(o -> names.put(o.id().value(), o));
        return rows.stream().map(r -> new Agreement(r.id(), r.kind(), r.title(),
                parties.getOrDefault(r.id(), List.of()).stream().map(names::get).filter(java.util.Objects::nonNull)
                        .sorted(Comparator.comparing(o -> o.name().toLowerCase(java.util.Locale.UK))).toList(),
                r.starts(), r.review(), r.expires(), r.notes(), Standing.of(r.starts(), r.review(), r.expires(), today)))
                .toList();
    }

    @Override
    @Transactional
    public UUID create(AgreementCommand command, PathwayUser user) {
        check(command, user);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        // An administrator of every ICS makes it in the ICS of the parties (all of one ICS: the check saw to that).
        UUID ics = icsOf(user).orElseGet(() -> icsWorkforce.icsOf(command.parties().iterator().next().value())
                .map(OrganisationId::value).orElse(null));
        jdbc.sql("""
                INSERT INTO partnerships.agreement (id, kind, title, starts_on, review_on, expires_on, notes, created_by,
                  created_at, updated_at, ics_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, command.kind().name(), command.title().strip(), Date.valueOf(command.startsOn()),
                        date(command.reviewOn()), date(command.expiresOn()), Text.blankToNull(command.notes()),
                        user.getUsername(), now, now, ics).update();
        parties(id, command);
        audit.changed("agreement", id.toString(), "created: " + command.title().strip());
        announce(id, command);
        return id;
    }

    @Override
    @Transactional
    public void update(UUID id, AgreementCommand command, PathwayUser user) {
        UUID ics = icsOf(user).orElse(null);
        if (rows(id, user).isEmpty()) {
            throw NotFound.of("agreement", id); // another ICS's, or none
        }
        check(command, user);
        int changed = jdbc.sql("""
                UPDATE partnerships.agreement SET kind = ?, title = ?, starts_on = ?, review_on = ?, expires_on = ?,
                  notes = ?, updated_at = ? WHERE id = ? AND (CAST(? AS uuid) IS NULL OR ics_id = ?)""")
                .params(command.kind().name(), command.title().strip(), Date.valueOf(command.startsOn()),
                        date(command.reviewOn()), date(command.expiresOn()), Text.blankToNull(command.notes()),
                        Timestamp.from(clock.instant()), id, ics, ics).update();
        if (changed == 0) {
            throw NotFound.of("agreement", id);
        }
        jdbc.sql("DELETE FROM partnerships.agreement_party WHERE agreement_id = ?").param(id).update();
        parties(id, command);
        audit.changed("agreement", id.toString(), "changed: " + command.title().strip());
        announce(id, command);
    }

    private void parties(UUID id, AgreementCommand command) {
        command.parties().forEach(p -> jdbc.sql("INSERT INTO partnerships.agreement_party (agreement_id, "
                + "organisation_id) VALUES (?, ?)").params(id, p.value()).update());
    }

    private void announce(UUID id, AgreementCommand command) {
        UUID ics = jdbc.sql("SELECT ics_id FROM partnerships.agreement WHERE id = ?").param(id).query(UUID.class)
                .optional().orElse(null);
        events.publishEvent(new AgreementRecorded(id, ics, command.kind(),
                command.parties().stream().map(OrganisationId::value).toList(), command.startsOn(), command.reviewOn(),
                command.expiresOn(), clock.instant()));
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** The rules across fields, each against the field it concerns. */
    void check(AgreementCommand command, PathwayUser user) {
        List<Refusal.Problem> problems = new ArrayList<>();
        if (command.kind() == null) {
            problems.add(new Refusal.Problem("kind", "Select what the agreement covers"));
        }
        String title = Text.blankToNull(command.title());
        if (title == null) {
            problems.add(new Refusal.Problem("title", "Enter the title of the agreement"));
        } else if (title.length() > 200) {
            problems.add(new Refusal.Problem("title", "Title must be 200 characters or fewer"));
        }
        Set<UUID> known = possibleParties(user).stream().map(o -> o.id().value()).collect(Collectors.toSet());
        if (command.parties().size() < 2) {
            problems.add(new Refusal.Problem("partyIds", "Choose at least two organisations that are party to it"));
        } else if (command.parties().stream().anyMatch(p -> !known.contains(p.value()))) {
            problems.add(new Refusal.Problem("partyIds", "Choose organisations from the list"));
        } else if (command.parties().stream().map(p -> icsWorkforce.icsOf(p.value())).distinct().count() > 1) {
            problems.add(new Refusal.Problem("partyIds", "Choose organisations of one ICS: an agreement belongs to one"));
        }
        if (command.startsOn() == null) {
            problems.add(new Refusal.Problem("startsDay", "Enter the date the agreement starts"));
        } else {
            if (command.reviewOn() != null && command.reviewOn().isBefore(command.startsOn())) {
                problems.add(new Refusal.Problem("reviewDay", "Review date must be on or after the start date"));
            }
            if (command.expiresOn() != null && !command.expiresOn().isAfter(command.startsOn())) {
                problems.add(new Refusal.Problem("expiresDay", "Expiry date must be after the start date"));
            }
        }
        if (command.notes() != null && command.notes().length() > 2000) {
            problems.add(new Refusal.Problem("notes", "Notes must be 2,000 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    /** The organisations that may be a party, for the form: those of the user's ICS (an administrator's: any). */
    List<OrganisationRef> possibleParties(PathwayUser user) {
        return icsOf(user).map(ics -> icsWorkforce.organisationsWithin(new OrganisationId(ics), PARTY_KINDS))
                .orElseGet(() -> structure.organisations(PARTY_KINDS));
    }
}
