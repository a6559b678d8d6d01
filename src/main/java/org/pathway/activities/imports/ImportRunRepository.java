package org.pathway.activities.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of each feed import: when, by whom, how many taken and rejected, and each rejection's reason. */
@Repository
class ImportRunRepository {

    record RunRow(String feed, String source, Instant startedAt, String startedBy, int imported, int rejected,
            String failure) {}

    private final JdbcClient jdbc;

    ImportRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void started(UUID id, String source, String feed, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO activities.import_run (id, source, feed, started_at, started_by) VALUES (?, ?, ?, ?, ?)""")
                .params(id, source, feed, Timestamp.from(at), by).update();
    }

    void finished(UUID id, Instant at, int imported, List<HsdsImport.Rejection> rejections, String failure) {
        jdbc.sql("""
                UPDATE activities.import_run SET finished_at = ?, imported = ?, rejected = ?, failure = ? WHERE id = ?""")
                .params(Timestamp.from(at), imported, rejections.size(), failure, id)
                .update();
        for (HsdsImport.Rejection r : rejections) {
            jdbc.sql("""
                    INSERT INTO activities.import_rejection (run_id, page, position, external_id, reason)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(id, r.page(), r.index(), r.externalId(), r.reason()).update();
        }
    }

    /** The latest runs, newest first. */
    List<RunRow> latest(int limit) {
        return jdbc.sql("""
                SELECT feed, source, started_at, started_by, imported, rejected, failure FROM activities.import_run
                ORDER BY started_at DESC LIMIT ?""").param(limit).query((rs, n) -> new RunRow(rs.getString(1),
                rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7))).list();
    }
}
