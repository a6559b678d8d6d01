package org.pathway.engagement.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.access.ReferralEvents.ReferralAccepted;
import org.pathway.access.referrals.Referral;
import org.pathway.engagement.CaseEvents.CaseOpened;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The model of an event test (Spring Modulith's {@link Scenario}): another module's event goes in, and what this
 * module does and announces in reply is awaited and checked. Here access's {@link ReferralAccepted} makes
 * {@link CaseOpening} (an asynchronous listener) open a case for the allocated practitioner, which announces
 * {@link CaseOpened}.
 *
 * <p>The listener runs on a pooled thread, which {@code Scenario}'s own event capture (bound to the test's thread and
 * the threads it starts) does not always see when the application is shared with other tests; so the events are
 * collected by a listener added for this test, and the test waits for the committed case.
 */
@PathwayIntegrationTest
@EnableScenarios
class CaseOpeningScenarioIntegrationTests {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    final List<CaseOpened> announced = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> announcements = event -> {
        if (event instanceof PayloadApplicationEvent<?> published && published.getPayload() instanceof CaseOpened opened) {
            announced.add(opened);
        }
    };

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(announcements);
    }

    @Test
    void anAcceptedReferralOpensACaseForTheAllocatedPractitionerAndAnnouncesIt(Scenario scenario) {
        context.addApplicationListener(announcements);
        CaseTestSupport cases = CaseTestSupport.from(context);
        Referral referral = cases.referral("Scenario");
        UUID practitioner = cases.linkWorkerPractitioner();

        scenario.publish(new ReferralAccepted(referral.referralId(), referral.personId(), referral.serviceId(),
                        practitioner, false, Instant.now(), "triager"))
                .andWaitForStateChange(() -> caseOf(referral))
                .andVerify(found -> {
                    OpenedCase opened = found.orElseThrow();
                    assertThat(opened.status()).isEqualTo("OPEN");
                    assertThat(opened.practitionerId()).isEqualTo(practitioner);
                    assertThat(announced).filteredOn(e -> e.caseId().equals(opened.id())).singleElement()
                            .satisfies(e -> {
                                assertThat(e.referralId()).isEqualTo(referral.referralId().value());
                                assertThat(e.practitionerId()).isEqualTo(practitioner);
                            });
                });
    }

    record OpenedCase(UUID id, UUID practitionerId, String status) {}

    /** The case opened for the referral, once its transaction has committed. */
    private Optional<OpenedCase> caseOf(Referral referral) {
        return jdbc.sql("SELECT id, practitioner_id, status FROM engagement.case_episode WHERE referral_id = ?")
                .param(referral.referralId().value())
                .query((rs, n) -> new OpenedCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3)))
                .optional();
    }
}
