package org.pathway.engagement.cases;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a case may close as "Unable to contact" (decision 0018): only after at least {@value #ATTEMPTS} failed
 * attempts to reach the person, on at least {@value #DAYS} different days, since the last contact that reached them.
 */
@Component
public class ContactAttempts {

    public static final int ATTEMPTS = 3;
    public static final int DAYS = 2;

    /** The failed attempts since the last successful contact, and on how many days they were made. */
    public record Unanswered(int attempts, int days) {

        public boolean enough() {
            return attempts >= ATTEMPTS && days >= DAYS;
        }

        /** Why "Unable to contact" cannot be chosen yet, in words for the link worker. */
        public String refusal() {
            return "Record at least " + ATTEMPTS + " attempts to contact the person, on at least " + DAYS
                    + " different days, before closing as unable to contact (" + attempts
                    + (attempts == 1 ? " attempt" : " attempts") + " on " + days + (days == 1 ? " day" : " days")
                    + " since the last contact so far)";
        }
    }

    private final JdbcClient jdbc;

    ContactAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Unanswered unanswered(UUID caseId) {
        return jdbc.sql("""
                SELECT count(*) AS attempts, count(DISTINCT occurred_on) AS days FROM engagement.contact a
                WHERE a.case_id = :case AND NOT a.successful
                  AND a.occurred_on > coalesce((SELECT max(occurred_on) FROM engagement.contact
                                                WHERE case_id = :case AND successful), '-infinity'::date)""")
                .param("case", caseId)
                .query((rs, n) -> new Unanswered(rs.getInt("attempts"), rs.getInt("days"))).single();
    }
}
