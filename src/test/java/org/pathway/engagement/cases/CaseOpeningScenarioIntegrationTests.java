package org.pathway.engagement.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.access.ReferralEvents.ReferralAccepted;
import org.pathway.access.referrals.Referral;
import org.pathway.engagement.CaseEvents.CaseOpened;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The model of an event test (Spring Modulith's {@link Scenario}): another module's event goes in, and what this
 * module publishes in reply is awaited and checked. Here access's {@link ReferralAccepted} makes {@link CaseOpening}
 * (an asynchronous listener) open a case for the allocated practitioner, which announces {@link CaseOpened}.
 */
@PathwayIntegrationTest
@EnableScenarios
class CaseOpeningScenarioIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAcceptedReferralOpensOneCaseForTheAllocatedPractitioner(Scenario scenario) {
        CaseTestSupport cases = CaseTestSupport.from(context);
        Referral referral = cases.referral("Scenario");
        UUID practitioner = cases.linkWorkerPractitioner();
        ReferralAccepted accepted = new ReferralAccepted(referral.referralId(), referral.personId(),
                referral.serviceId(), practitioner, false, Instant.now(), "triager");

        scenario.publish(accepted)
                .andWaitForEventOfType(CaseOpened.class)
                .matching(opened -> opened.referralId().equals(referral.referralId().value()))
                .toArriveAndVerify(opened -> {
                    assertThat(opened.practitionerId()).isEqualTo(practitioner);
                    assertThat(caseOf(referral)).hasValueSatisfying(c -> {
                        assertThat(c.id()).isEqualTo(opened.caseId());
                        assertThat(c.status()).isEqualTo("OPEN");
                    });
                });
    }

    record OpenedCase(UUID id, String status) {}

    private Optional<OpenedCase> caseOf(Referral referral) {
        return jdbc.sql("""
                SELECT id, status FROM engagement.case_episode WHERE referral_id = ?""")
                .param(referral.referralId().value())
                .query((rs, n) -> new OpenedCase(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }
}
