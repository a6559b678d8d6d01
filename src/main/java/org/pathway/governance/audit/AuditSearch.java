package org.pathway.governance.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.pathway.governance.AuditSubjects;
import org.pathway.platform.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the audit log newest first with keyset paging, so a page costs the same on the first page
 * as on the millionth. Each filter is written to use an existing index: actor by
 * {@code (lower(actor), occurred_at DESC)}, record by {@code (record_type, record_id, occurred_at DESC)},
 * dates alone by {@code (occurred_at DESC)}, action by {@code (action, occurred_at DESC)}.
 */
@Component
class AuditSearch {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to look for; null or blank means "any". {@code to} is inclusive. */
    record Criteria(String actor, String recordType, String recordId, String action, LocalDate from, LocalDate to) {

        static Criteria none() {
            return new Criteria(null, null, null, null, null, null);
        }

        boolean isEmpty() {
            return blank(actor) && blank(recordType) && blank(recordId) && blank(action) && from == null && to == null;
        }

        /** A short description for the audit entry recording who searched for what. */
        String describe() {
            StringJoiner out = new StringJoiner("; ");
            if (!blank(actor)) {
                out.add("actor=" + actor);
            }
            if (!blank(recordType)) {
                out.add("record type=" + recordType);
            }
            if (!blank(recordId)) {
                out.add("record id=" + recordId);
            }
            if (!blank(action)) {
                out.add("action=" + action);
            }
            if (from != null) {
                out.add("from=" + from);
            }
            if (to != null) {
                out.add("to=" + to);
            }
            return out.length() == 0 ? "no filters" : out.toString();
        }
    }

    record Entry(long id, Instant occurredAt, String actor, String action, String recordType, String recordId,
            String detail, String clientAddress) {

        AuditCursor cursor() {
            return new AuditCursor(occurredAt, id);
        }
    }

    /** A page of entries, newest first, with the cursors for the newer and older pages when they exist. */
    record Page(List<Entry> entries, Optional<AuditCursor> newer, Optional<AuditCursor> older) {}

    /**
     * Entries matching the criteria: the newest page, or the page just older than {@code before}, or the
     * page just newer than {@code after} (at most one cursor is used; {@code before} wins).
     */
    @Transactional(readOnly = true)
    Page search(Criteria criteria, Optional<AuditCursor> before, Optional<AuditCursor> after) {
        return search(criteria, List.of(), before, after);
    }

    /**
     * As {@link #search(Criteria, Optional, Optional)}, where the record id typed also stands for these records (a
     * referral number typed stands for the referral's id and its case's id, which is what the entries hold).
     */
    @Transactional(readOnly = true)
    Page search(Criteria criteria, List<AuditSubjects.Subject> alsoMeant, Optional<AuditCursor> before,
            Optional<AuditCursor> after) {
        boolean backwards = before.isEmpty() && after.isPresent();
        StringBuilder sql = new StringBuilder("""
                SELECT id, occurred_at, actor, action, record_type, record_id, detail, client_address
                FROM governance.audit_event WHERE TRUE""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!blank(criteria.actor())) {
            sql.append(" AND lower(actor) = lower(:actor)");
            params.put("actor", criteria.actor().strip());
        }
        if (!blank(criteria.recordType()) && blank(criteria.recordId())) {
            sql.append(" AND record_type = :recordType");
            params.put("recordType", criteria.recordType().strip());
        }
        if (!blank(criteria.recordId())) {
            // The record index leads with the type: name every type so PostgreSQL can still use it.
            List<String> types = blank(criteria.recordType()) ? recordTypes() : List.of(criteria.recordType().strip());
            if (types.isEmpty()) {
                return new Page(List.of(), Optional.empty(), Optional.empty());
            }
            StringBuilder either = new StringBuilder(" AND ((record_type IN (:recordTypes) AND record_id = :recordId)");
            params.put("recordTypes", types);
            params.put("recordId", criteria.recordId().strip());
            int n = 0;
            for (AuditSubjects.Subject subject : alsoMeant) {
                if (types.contains(subject.recordType())) {
                    either.append(" OR (record_type = :alsoType").append(n).append(" AND record_id = :alsoId").append(n)
                            .append(')');
                    params.put("alsoType" + n, subject.recordType());
                    params.put("alsoId" + n, subject.recordId());
                    n++;
                }
            }
            sql.append(either).append(')');
        }
        if (!blank(criteria.action())) {
            sql.append(" AND action = :action");
            params.put("action", criteria.action().strip());
        }
        if (criteria.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.put("from", startOf(criteria.from()));
        }
        if (criteria.to() != null) {
            sql.append(" AND occurred_at < :toExclusive");
            params.put("toExclusive", startOf(criteria.to().plusDays(1)));
        }
        Optional<AuditCursor> cursor = before.isPresent() ? before : after;
        if (cursor.isPresent()) {
            // Row comparison written so the time bound can use the index and the id only breaks ties.
            sql.append(backwards
                    ? " AND occurred_at >= :cursorAt AND (occurred_at > :cursorAt OR id > :cursorId)"
                    : " AND occurred_at <= :cursorAt AND (occurred_at < :cursorAt OR id < :cursorId)");
            params.put("cursorAt", OffsetDateTime.ofInstant(cursor.get().occurredAt(), ZoneOffset.UTC));
            params.put("cursorId", cursor.get().id());
        }
        sql.append(backwards ? " ORDER BY occurred_at ASC, id ASC" : " ORDER BY occurred_at DESC, id DESC");
        sql.append(" LIMIT ").append(PAGE_SIZE + 1);

        List<Entry> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(AuditSearch::entry).list());
        boolean more = rows.size() > PAGE_SIZE;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new Page(List.of(), Optional.empty(), Optional.empty());
        }
        Entry newest = rows.get(0);
        Entry oldest = rows.get(rows.size() - 1);
        boolean hasNewer = backwards ? more : before.isPresent();
        boolean hasOlder = backwards || more;
        return new Page(List.copyOf(rows), hasNewer ? Optional.of(newest.cursor()) : Optional.empty(),
                hasOlder ? Optional.of(oldest.cursor()) : Optional.empty());
    }

    /**
     * The distinct record types in the log, read with a loose index scan of the record index (one probe
     * per type), so it stays instant with millions of entries.
     */
    @Transactional(readOnly = true)
    List<String> recordTypes() {
        return jdbc.sql("""
                WITH RECURSIVE types(record_type) AS (
                  (SELECT record_type FROM governance.audit_event WHERE record_type IS NOT NULL
                   ORDER BY record_type LIMIT 1)
                  UNION ALL
                  SELECT (SELECT e.record_type FROM governance.audit_event e WHERE e.record_type > t.record_type
                          ORDER BY e.record_type LIMIT 1)
                  FROM types t WHERE t.record_type IS NOT NULL
                )
                SELECT record_type FROM types WHERE record_type IS NOT NULL""")
                .query(String.class).list();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(UkTime.ZONE).toOffsetDateTime();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("detail"), rs.getString("client_address"));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
