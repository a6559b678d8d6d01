package org.pathway.partnerships.loading;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores the demo's agreements and their parties in two batches. */
@Service
class AgreementsLoaderService implements AgreementsLoader {

    private final JdbcTemplate jdbc;

    AgreementsLoaderService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public int load(List<NewAgreement> agreements) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> parties = new ArrayList<>();
        for (NewAgreement a : agreements) {
            UUID id = UUID.randomUUID();
            rows.add(new Object[] {id, a.kind().name(), a.title(), Date.valueOf(a.startsOn()),
                    a.reviewOn() == null ? null : Date.valueOf(a.reviewOn()),
                    a.expiresOn() == null ? null : Date.valueOf(a.expiresOn()), a.notes(), "demo", now, now, a.ics()});
            a.parties().forEach(p -> parties.add(new Object[] {id, p}));
        }
        jdbc.batchUpdate("""
                INSERT INTO partnerships.agreement (id, kind, title, starts_on, review_on, expires_on, notes, created_by,
                  created_at, updated_at, ics_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.batchUpdate("INSERT INTO partnerships.agreement_party (agreement_id, organisation_id) VALUES (?, ?) "
                + "ON CONFLICT DO NOTHING", parties);
        return agreements.size();
    }
}
