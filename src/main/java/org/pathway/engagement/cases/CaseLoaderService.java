package org.pathway.engagement.cases;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pathway.engagement.CaseStatus;
import org.pathway.engagement.loading.CaseLoader;
import org.pathway.governance.AuditLog;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCatalogue.ServiceDetails;
import org.pathway.workforce.ServiceId;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
/**
 * {@link CaseLoader}: opens (and closes) each case through the aggregate's transitions, then writes cases, contacts,
 * notes and tasks with PostgreSQL's COPY, the caseload figures computed from the history once.
 */
class CaseLoaderService implements CaseLoader {

    static final int COPY_CHUNK = 50_000;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final ServiceCatalogue catalogue;
    private final AuditLog audit;

    private final int defaultReviewWeeks;

    CaseLoaderService(JdbcTemplate jdbc, DataSource dataSource, ServiceCatalogue catalogue, AuditLog audit,
            @org.springframework.beans.factory.annotation.Value("${pathway.engagement.review-interval-weeks:12}")
            int defaultReviewWeeks) {
        this.defaultReviewWeeks = defaultReviewWeeks;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    private record Row(Case c, CaseHistory history) {}

    @Override
    @Transactional
    public Loaded load(Batch batch) {
        Set<UUID> existing = new HashSet<>(jdbc.queryForList("SELECT referral_id FROM engagement.case_episode", UUID.class));
        Map<UUID, ServiceDetails> services = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (CaseHistory h : batch.cases()) {
            if (!existing.add(h.referralId())) {
                continue;
            }
            ServiceDetails service = services.computeIfAbsent(h.serviceId(), id -> DirectoryAsSystem.directory(
                    () -> catalogue.service(new ServiceId(id))).orElseThrow(
                            () -> new IllegalArgumentException("No service " + id)));
            boolean transactional = service.model().sessionCap() != null
                    && service.model().engagement() == org.pathway.workforce.EngagementModel.TRANSACTIONAL;
            Case c = Case.open(new Case.Opening(h.referralId(), h.personId(), h.serviceId(),
                    service.employer().id().value(), h.practitionerId(), h.referredAt(), h.urgent(), h.riskFlags(),
                    transactional ? service.model().sessionCap() : null,
                    transactional ? null : CaseOpening.reviewWeeks(service.model(), defaultReviewWeeks)), h.openedAt(),
                    h.openedBy());
            if (h.closure() != null) {
                c.close(h.closure().reason(), h.closure().note(), h.closure().at(), h.closure().by());
            }
            rows.add(new Row(c, h));
        }
        writeCases(rows);
        int contacts = writeContacts(rows);
        int notes = writeNotes(rows);
        int tasks = writeTasks(rows);
        Loaded loaded = new Loaded(rows.size(), contacts, notes, tasks);
        audit.record(batch.recordedBy(), "LOAD", "case", null, "loaded " + loaded.cases() + " cases ("
                + contacts + " contacts and attempts, " + notes + " notes, " + tasks + " tasks)");
        return loaded;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LoadedCase> casesOf(Collection<UUID> services) {
        if (services.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT id, referral_id, person_id, organisation_id, practitioner_id, opened_at, status
                FROM engagement.case_episode WHERE service_id = ANY (?) ORDER BY opened_at, id""",
                (rs, n) -> new LoadedCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
                        rs.getTimestamp(6).toInstant(), CaseStatus.valueOf(rs.getString(7)) == CaseStatus.OPEN),
                (Object) services.toArray(UUID[]::new));
    }

    private void writeCases(List<Row> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Case c = r.c();
            CaseHistory h = r.history();
            Task next = h.tasks().stream().filter(t -> t.completedAt() == null)
                    .min(Comparator.comparing(Task::due)).orElse(null);
            values.add(new Object[] {c.id(), c.referralId(), c.personId(), c.serviceId(), c.organisationId(),
                    c.practitionerId(), c.status().name(), ts(c.openedAt()), ts(c.closedAt()),
                    c.closureReason() == null ? null : c.closureReason().name(), c.closureNote(), ts(c.referredAt()),
                    c.urgent(), c.riskFlags().toArray(String[]::new), c.sessionCap(), c.reviewIntervalWeeks(),
                    h.contacts().stream().filter(Contact::successful).count(),
                    h.contacts().stream().filter(x -> !x.successful()).count(),
                    date(h.contacts().stream().filter(Contact::successful).map(Contact::on)
                            .max(Comparator.naturalOrder()).orElse(null)),
                    date(next == null ? null : next.due()), next == null ? null : next.title(),
                    date(h.tasks().stream().filter(t -> t.completedAt() == null && t.kind().equals("REVIEW"))
                            .map(Task::due).min(Comparator.naturalOrder()).orElse(null)),
                    h.notes().stream().filter(n -> n.safeguarding() && n.resolvedAt() == null).count(), 0});
        }
        copy("engagement.case_episode", "id, referral_id, person_id, service_id, organisation_id, practitioner_id, "
                + "status, opened_at, closed_at, closure_reason, closure_note, referred_at, urgent, risk_flags, "
                + "session_cap, review_interval_weeks, contacts_count, failed_attempts_count, last_contact_on, "
                + "next_due_on, next_due_title, review_due_on, open_safeguarding, version", values);
        List<Object[]> changes = new ArrayList<>();
        for (Row r : rows) {
            for (CaseChange change : r.c().history()) {
                changes.add(new Object[] {r.c().id(), change.kind().name(), change.fromPractitioner(),
                        change.toPractitioner(), change.reason(), ts(change.at()), change.by()});
            }
        }
        copy("engagement.case_change", "case_id, kind, from_practitioner, to_practitioner, reason, changed_at, "
                + "changed_by", changes);
    }

    private int writeContacts(List<Row> rows) {
        List<Object[]> values = new ArrayList<>();
        for (Row r : rows) {
            for (Contact c : r.history().contacts()) {
                values.add(new Object[] {UUID.randomUUID(), r.c().id(), date(c.on()), c.successful(), c.mode().name(),
                        c.minutes(), c.kind() == null ? null : c.kind().name(),
                        c.depth() == null ? null : c.depth().name(), c.note(), c.overCapReason(), ts(c.recordedAt()),
                        c.by()});
            }
        }
        copy("engagement.contact", "id, case_id, occurred_on, successful, mode, duration_minutes, kind_of_work, "
                + "depth, note, over_cap_reason, recorded_at, recorded_by", values);
        return values.size();
    }

    private int writeNotes(List<Row> rows) {
        List<Object[]> values = new ArrayList<>();
        for (Row r : rows) {
            for (Note n : r.history().notes()) {
                values.add(new Object[] {UUID.randomUUID(), r.c().id(), n.body(), n.safeguarding(), ts(n.at()), n.by(),
                        ts(n.resolvedAt()), n.resolvedBy(), n.resolution()});
            }
        }
        copy("engagement.case_note", "id, case_id, body, safeguarding, written_at, written_by, resolved_at, "
                + "resolved_by, resolution_note", values);
        return values.size();
    }

    private int writeTasks(List<Row> rows) {
        List<Object[]> values = new ArrayList<>();
        for (Row r : rows) {
            for (Task t : r.history().tasks()) {
                values.add(new Object[] {UUID.randomUUID(), r.c().id(), t.kind(), t.title(), date(t.due()),
                        ts(t.createdAt()), t.by(), ts(t.completedAt()), t.completedAt() == null ? null : t.by()});
            }
        }
        copy("engagement.case_task", "id, case_id, kind, title, due_on, created_at, created_by, completed_at, "
                + "completed_by", values);
        return values.size();
    }

    /** Writes the rows with PostgreSQL's COPY (CSV), in the current transaction's connection. */
    private void copy(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copier = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder csv = new StringBuilder(rows.size() * 160);
            for (int from = 0; from < rows.size(); from += COPY_CHUNK) {
                csv.setLength(0);
                for (Object[] row : rows.subList(from, Math.min(rows.size(), from + COPY_CHUNK))) {
                    for (int i = 0; i < row.length; i++) {
                        if (i > 0) {
                            csv.append(',');
                        }
                        csv(csv, row[i]);
                    }
                    csv.append('\n');
                }
                copier.copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)",
                        new StringReader(csv.toString()));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not load " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void csv(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        String text;
        if (value instanceof String[] array) {
            StringBuilder a = new StringBuilder("{");
            for (int i = 0; i < array.length; i++) {
                a.append(i > 0 ? "," : "").append('"').append(array[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            text = a.append('}').toString();
        } else if (value instanceof Timestamp t) {
            text = t.toInstant().toString();
        } else {
            text = value.toString();
        }
        out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
