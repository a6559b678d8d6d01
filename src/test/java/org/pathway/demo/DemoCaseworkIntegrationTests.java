package org.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.DemoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's casework as loaded: a caseload for the demo link worker, and the burst visible in the contacts. */
@DemoIntegrationTest
class DemoCaseworkIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    LocalDate burstStart() {
        LocalDate start = LocalDate.now(DemoActivityGenerator.ZONE).minusYears(2);
        return LocalDate.of(start.getYear() + (start.getMonthValue() > 3 ? 1 : 0), 3, 1);
    }

    double share(String condition, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT avg(CASE WHEN %s THEN 1.0 ELSE 0.0 END) FROM engagement.contact
                WHERE successful AND occurred_on >= ? AND occurred_on < ?""".formatted(condition))
                .param(from).param(to).query(Double.class).single();
    }

    @Test
    void theDemoLinkWorkerHasTensOfOpenCases() {
        long open = jdbc.sql("""
                SELECT count(*) FROM engagement.case_episode c JOIN workforce.practitioner p ON p.id = c.practitioner_id
                JOIN governance.user_account u ON u.id = p.user_account_id
                WHERE u.username = 'linkworker' AND c.status = 'OPEN'""").query(Long.class).single();
        assertThat(open).isBetween(10L, 150L);
    }

    @Test
    void contactsMovedToPhoneAndVideoInTheBurstWithMoreWelfareWorkAndBackAfterwards() {
        LocalDate burst = burstStart();
        String remote = "mode IN ('PHONE', 'VIDEO', 'TEXT_OR_EMAIL')";
        double before = share(remote, burst.minusMonths(12), burst);
        double during = share(remote, burst, burst.plusMonths(4));
        double after = share(remote, burst.plusMonths(8), burst.plusMonths(20));
        assertThat(during).isGreaterThan(before + 0.3).isGreaterThan(after + 0.3);
        String welfare = "kind_of_work = 'EMERGENCY_WELFARE'";
        assertThat(share(welfare, burst, burst.plusMonths(4))).isGreaterThan(share(welfare, burst.plusMonths(8),
                burst.plusMonths(20)) + 0.1);
    }

    @Test
    void olderCasesAreClosedWithReasonsAndTheWorkHasDepthAttemptsAndConcerns() {
        assertThat(jdbc.sql("SELECT count(DISTINCT closure_reason) FROM engagement.case_episode WHERE status = 'CLOSED'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("SELECT count(DISTINCT depth) FROM engagement.contact WHERE successful").query(Long.class)
                .single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM engagement.contact WHERE NOT successful").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM engagement.case_note WHERE safeguarding").query(Long.class).single())
                .isPositive();
        // the figures on each case row agree with its contacts
        assertThat(jdbc.sql("""
                SELECT count(*) FROM engagement.case_episode c
                WHERE c.contacts_count <> (SELECT count(*) FROM engagement.contact x WHERE x.case_id = c.id AND x.successful)""")
                .query(Long.class).single()).isZero();
    }
}
