package org.pathway.access.referrals;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pathway.access.loading.AccessLoader;
import org.pathway.access.ContactOutcome;
import org.pathway.governance.AuditLog;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access module's {@link AccessLoader}: replays each history through {@link Referral}'s guarded transitions,
 * then writes the referrals, their status changes and the outreach work with batched JDBC. The aggregates'
 * registered events are dropped on purpose: this is history, not something happening now.
 */
@Component
class AccessLoaderService implements AccessLoader {

    private static final int BATCH = 1_000;

    private final People people;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    AccessLoaderService(People people, JdbcTemplate jdbcTemplate, JdbcClient jdbc, AuditLog audit) {
        this.people = people;
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Each person's answer to being contacted, as on their latest referral, into the people module (the referral
     * forms record it there too), so case pages can say whether the person may be contacted.
     */
    private void recordConsentsToContact(Batch batch, List<PersonId> personIds) {
        java.util.Map<PersonId, ReferralHistory> latest = new java.util.HashMap<>();
        for (ReferralHistory history : batch.referrals()) {
            latest.merge(personIds.get(history.person()), history,
                    (a, b) -> b.receivedAt().isAfter(a.receivedAt()) ? b : a);
        }
        for (boolean given : new boolean[] {true, false}) {
            List<PersonId> answered = latest.entrySet().stream()
                    .filter(e -> e.getValue().consentToContact() == given).map(java.util.Map.Entry::getKey).toList();
            latest.entrySet().stream().filter(e -> e.getValue().consentToContact() == given)
                    .map(e -> e.getValue().receivedAt()).max(java.util.Comparator.naturalOrder())
                    .ifPresent(at -> people.recordConsents(answered, ConsentPurpose.CONTACT, given, at,
                            batch.recordedBy()));
        }
    }

    @Override
    @Transactional
    public Loaded load(Batch batch) {
        List<PersonId> personIds = batch.people().isEmpty() ? List.of()
                : people.registerAll(batch.people(), batch.recordedBy());
        long sequence = jdbc.sql("SELECT count(*) FROM access.referral").query(Long.class).single();
        List<Referral> referrals = new ArrayList<>();
        for (ReferralHistory history : batch.referrals()) {
            UUID person = personIds.get(history.person()).value();
            Referral.Intake intake = new Referral.Intake(history.channel(),
                    history.source(), person, history.serviceId(), history.referrerUsername(), history.referrerName(),
                    history.referrerOrganisationId(), history.gpPracticeId(), history.needs(), history.context(),
                    history.urgent(), history.riskFlags(), history.safeguardingConcern(), history.readyToWorkOnGoals(),
                    true, history.consentToContact(), history.consentToShareWithGp(), null);
            Referral current = Referral.receive(intake, ReferenceNumbers.forSequence(sequence++), history.receivedAt(),
                    history.receivedBy());
            referrals.add(current);
            for (Step step : history.steps()) {
                switch (step.action()) {
                    case WAITLIST -> current.waitlist(step.at(), step.by());
                    case ACCEPT -> current.accept(step.practitionerId(), step.meetsCriteria(), step.reason(), step.at(),
                            step.by());
                    case DECLINE -> current.decline(step.reason(), step.at(), step.by());
                    case REDIRECT -> {
                        current = current.redirect(step.toService(), step.reason(),
                                ReferenceNumbers.forSequence(sequence++), step.at(), step.by());
                        referrals.add(current);
                    }
                }
            }
        }
        int changes = writeReferrals(referrals);
        recordConsentsToContact(batch, personIds);
        int[] outreach = writeOutreach(batch.outreachLists(), personIds);
        Loaded loaded = new Loaded(personIds.size(), referrals.size(), changes, batch.outreachLists().size(),
                outreach[0], outreach[1]);
        audit.record(batch.recordedBy(), "LOAD", "referral", null, "loaded " + loaded.referrals() + " referrals ("
                + loaded.statusChanges() + " status changes), " + loaded.outreachLists() + " outreach lists ("
                + loaded.welfareChecks() + " welfare checks, " + loaded.welfareContacts() + " contacts)");
        return loaded;
    }

    private int writeReferrals(List<Referral> referrals) {
        String insert = """
                INSERT INTO access.referral (id, reference, submission_key, person_id, service_id, channel, source,
                  referrer_username, referrer_name, referrer_organisation_id, gp_practice_id, needs, context, urgent,
                  risk_flags, safeguarding_concern, ready_to_work_on_goals, consent_to_referral, consent_to_contact,
                  consent_to_share_with_gp, status, received_at, first_action_at, decided_at, allocated_practitioner_id,
                  outside_criteria_reason, decline_reason, waitlisted_at, version)
                VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
        for (int from = 0; from < referrals.size(); from += BATCH) {
            List<Referral> chunk = referrals.subList(from, Math.min(referrals.size(), from + BATCH));
            jdbcTemplate.batchUpdate(insert, chunk, chunk.size(), (ps, r) -> {
                int i = 1;
                ps.setObject(i++, r.referralId().value());
                ps.setString(i++, r.reference());
                ps.setObject(i++, r.personId());
                ps.setObject(i++, r.serviceId());
                ps.setString(i++, r.channel().name());
                ps.setString(i++, r.source().name());
                ps.setString(i++, r.referrerUsername());
                ps.setString(i++, r.referrerName());
                ps.setObject(i++, r.referrerOrganisationId());
                ps.setObject(i++, r.gpPracticeId());
                ps.setArray(i++, textArray(ps, r.needs().stream().map(Enum::name).sorted().toArray(String[]::new)));
                ps.setString(i++, r.context());
                ps.setBoolean(i++, r.urgent());
                ps.setArray(i++, textArray(ps, r.riskFlags().stream().map(Enum::name).sorted().toArray(String[]::new)));
                ps.setBoolean(i++, r.safeguardingConcern());
                if (r.readyToWorkOnGoals() == null) {
                    ps.setNull(i++, Types.BOOLEAN);
                } else {
                    ps.setBoolean(i++, r.readyToWorkOnGoals());
                }
                ps.setBoolean(i++, r.consentToContact());
                ps.setBoolean(i++, r.consentToShareWithGp());
                ps.setString(i++, r.status().name());
                ps.setTimestamp(i++, timestamp(r.receivedAt()));
                ps.setTimestamp(i++, timestamp(r.firstActionAt()));
                ps.setTimestamp(i++, timestamp(r.decidedAt()));
                ps.setObject(i++, r.allocatedPractitionerId());
                ps.setString(i++, r.outsideCriteriaReason());
                ps.setString(i++, r.declineReason());
                ps.setTimestamp(i++, timestamp(r.waitlistedAt()));
            });
        }
        // Redirections link two referrals both ways: set once both rows exist.
        List<Referral> linked = referrals.stream().filter(r -> r.redirectedTo() != null || r.redirectedFrom() != null)
                .toList();
        for (int from = 0; from < linked.size(); from += BATCH) {
            List<Referral> chunk = linked.subList(from, Math.min(linked.size(), from + BATCH));
            jdbc.sql("""
                    UPDATE access.referral r SET redirected_to = l.redirected_to, redirected_from = l.redirected_from
                    FROM unnest(?::uuid[], ?::uuid[], ?::uuid[]) AS l(id, redirected_to, redirected_from)
                    WHERE r.id = l.id""")
                    .params(chunk.stream().map(r -> r.referralId().value()).toArray(UUID[]::new),
                            chunk.stream().map(Referral::redirectedTo).toArray(UUID[]::new),
                            chunk.stream().map(Referral::redirectedFrom).toArray(UUID[]::new))
                    .update();
        }
        List<Object[]> changes = new ArrayList<>();
        for (Referral r : referrals) {
            for (StatusChange c : r.history()) {
                changes.add(new Object[] {r.referralId().value(), c.from() == null ? null : c.from().name(),
                        c.to().name(), c.at().toString(), c.by(), c.reason()});
            }
        }
        for (int from = 0; from < changes.size(); from += 5 * BATCH) {
            List<Object[]> chunk = changes.subList(from, Math.min(changes.size(), from + 5 * BATCH));
            jdbc.sql("""
                    INSERT INTO access.referral_status_change (referral_id, from_status, to_status, changed_at,
                      changed_by, reason)
                    SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[])
                    ORDER BY 4""")
                    .params(column(chunk, 0, UUID[]::new), column(chunk, 1, String[]::new),
                            column(chunk, 2, String[]::new), column(chunk, 3, String[]::new),
                            column(chunk, 4, String[]::new), column(chunk, 5, String[]::new))
                    .update();
        }
        return changes.size();
    }

    /** Writes the lists, their checks (status as the last contact left it) and the contacts. */
    private int[] writeOutreach(List<OutreachList> lists, List<PersonId> personIds) {
        int checks = 0;
        int contacts = 0;
        for (OutreachList list : lists) {
            UUID listId = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO access.outreach_list (id, name, organisation_id, file_name, imported_by, imported_at,
                      rows_read, rows_rejected, checks_created, already_listed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0)""")
                    .params(listId, list.name(), list.organisationId(), list.fileName(), list.importedBy(),
                            timestamp(list.importedAt()), list.checks().size(), list.checks().size())
                    .update();
            List<Object[]> checkRows = new ArrayList<>();
            List<Object[]> contactRows = new ArrayList<>();
            for (WelfareCheck check : list.checks()) {
                UUID checkId = UUID.randomUUID();
                UUID person = personIds.get(check.person()).value();
                String status = "TO_CALL";
                String closedAt = null;
                for (WelfareContact contact : check.contacts()) {
                    status = statusAfter(contact.outcome());
                    closedAt = status.equals("NO_ANSWER") ? null : contact.at().toString();
                    contactRows.add(new Object[] {checkId, person, list.organisationId(), contact.at().toString(),
                            contact.by(), contact.byAccount(), contact.outcome().name(), contact.note()});
                }
                checkRows.add(new Object[] {checkId, person, check.reason(), status, closedAt});
            }
            for (int from = 0; from < checkRows.size(); from += 5 * BATCH) {
                List<Object[]> chunk = checkRows.subList(from, Math.min(checkRows.size(), from + 5 * BATCH));
                jdbc.sql("""
                        INSERT INTO access.welfare_check (id, list_id, organisation_id, person_id, reason, status,
                          created_at, closed_at)
                        SELECT c.id, ?, ?, c.person_id, c.reason, c.status, ?, c.closed_at
                        FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[])
                          AS c(id, person_id, reason, status, closed_at)""")
                        .params(listId, list.organisationId(), timestamp(list.importedAt()),
                                column(chunk, 0, UUID[]::new), column(chunk, 1, UUID[]::new),
                                column(chunk, 2, String[]::new), column(chunk, 3, String[]::new),
                                column(chunk, 4, String[]::new))
                        .update();
            }
            for (int from = 0; from < contactRows.size(); from += 5 * BATCH) {
                List<Object[]> chunk = contactRows.subList(from, Math.min(contactRows.size(), from + 5 * BATCH));
                jdbc.sql("""
                        INSERT INTO access.welfare_contact (welfare_check_id, person_id, organisation_id, contacted_at,
                          contacted_by, contacted_by_account, outcome, note)
                        SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::timestamptz[], ?::text[], ?::uuid[],
                          ?::text[], ?::text[]) ORDER BY 4""")
                        .params(column(chunk, 0, UUID[]::new), column(chunk, 1, UUID[]::new),
                                column(chunk, 2, UUID[]::new), column(chunk, 3, String[]::new),
                                column(chunk, 4, String[]::new), column(chunk, 5, UUID[]::new),
                                column(chunk, 6, String[]::new), column(chunk, 7, String[]::new))
                        .update();
            }
            checks += checkRows.size();
            contacts += contactRows.size();
        }
        return new int[] {checks, contacts};
    }

    /** As {@code OutreachService.recordContact} leaves a check after each call. */
    private static String statusAfter(ContactOutcome outcome) {
        return switch (outcome) {
            case NO_ANSWER, WRONG_NUMBER -> "NO_ANSWER";
            case SPOKE_NEEDS_SUPPORT -> "CONTACTED";
            case SPOKE_NO_NEEDS, DECLINED -> "NO_FURTHER_ACTION";
        };
    }

    private static <T> T[] column(List<Object[]> rows, int index, java.util.function.IntFunction<T[]> array) {
        T[] values = array.apply(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            @SuppressWarnings("unchecked")
            T value = (T) rows.get(i)[index];
            values[i] = value;
        }
        return values;
    }

    private static Array textArray(PreparedStatement ps, String[] values) throws SQLException {
        return ps.getConnection().createArrayOf("text", values);
    }

    private static Timestamp timestamp(java.time.Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
