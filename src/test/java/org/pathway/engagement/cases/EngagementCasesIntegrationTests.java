package org.pathway.engagement.cases;

import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.engagement.CaseSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.access.ReferralEvents.ReferralAccepted;
import org.pathway.access.referrals.Referral;
import org.pathway.engagement.CaseStatus;
import org.pathway.engagement.ClosureReason;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case opens when a referral is accepted, and only those in its scope may see or close it. */
@PathwayIntegrationTest
class EngagementCasesIntegrationTests {

    @Autowired
    org.springframework.context.ApplicationContext context;

    CaseTestSupport support;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseAccess access;

    @Autowired
    CaseLifecycle lifecycle;

    @Autowired
    CaseOpening opening;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @BeforeEach
    void setUp() {
        support = CaseTestSupport.from(context);
    }

    @Test
    void acceptingAReferralInTriageOpensOneCaseForTheAllocatedPractitioner() throws Exception {
        Referral referral = support.referral("Opening");
        mvc.perform(post("/triage/referrals/" + referral.referralId() + "/accept")
                        .param("practitioner", support.linkWorkerPractitioner().toString())
                        .param("outsideCriteriaReason", "Agreed with the GP")
                        .with(csrf()).with(support.as("linkworker")))
                .andExpect(status().is3xxRedirection());
        UUID caseId = support.awaitCaseFor(referral.referralId().value());
        assertThat(jdbc.sql("SELECT practitioner_id FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(UUID.class).single()).isEqualTo(support.linkWorkerPractitioner());
        // a first contact is due within a week
        assertThat(jdbc.sql("SELECT next_due_title FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("First contact");

        // the same event delivered again opens no second case
        opening.on(new ReferralAccepted(referral.referralId(), referral.personId(), referral.serviceId(),
                support.linkWorkerPractitioner(), false, Instant.now(), "test"));
        assertThat(jdbc.sql("SELECT count(*) FROM engagement.case_episode WHERE referral_id = ?")
                .param(referral.referralId().value()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void theLinkWorkerAndTheirManagerSeeTheCaseAndNobodyElseDoes() throws Exception {
        UUID caseId = support.openCase("Scope");
        mvc.perform(get("/cases/" + caseId).with(support.as("linkworker"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Test Scope"), containsString("Lives alone"),
                        containsString("href=\"/cases/" + caseId + "/plan\""))));
        mvc.perform(get("/cases/" + caseId).with(support.as("manager"))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + caseId).with(support.as(CaseTestSupport.OTHER_LINK_WORKER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId).with(support.as(CaseTestSupport.OTHER_MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + UUID.randomUUID()).with(support.as("linkworker"))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId).with(support.as("referrer"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + caseId).with(support.as("icslead"))).andExpect(status().isForbidden());

        PathwayUser other = support.user(CaseTestSupport.OTHER_LINK_WORKER);
        assertThatThrownBy(() -> support.signedIn(other, () -> access.require(caseId, other)))
                .isInstanceOf(NotFound.class);
        PathwayUser linkWorker = support.user("linkworker");
        CaseSummary header = support.signedIn(linkWorker, () -> access.require(caseId, linkWorker));
        assertThat(header.personName()).isEqualTo("Test Scope");
        assertThat(header.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(support.viewsAudited(caseId)).isPositive();
    }

    @Test
    void closingIsGuardedAndScoped() {
        UUID caseId = support.openCase("Closing");
        PathwayUser other = support.user(CaseTestSupport.OTHER_MANAGER);
        assertThatThrownBy(() -> support.signedIn(other,
                () -> { lifecycle.close(caseId, ClosureReason.GOALS_MET, null, other); return null; }))
                .isInstanceOf(NotFound.class);
        PathwayUser linkWorker = support.user("linkworker");
        support.signedIn(linkWorker, () -> {
            lifecycle.close(caseId, ClosureReason.MOVED_AWAY, "Moved to Leeds", linkWorker);
            return null;
        });
        assertThat(jdbc.sql("SELECT status || ' ' || closure_reason FROM engagement.case_episode WHERE id = ?")
                .param(caseId).query(String.class).single()).isEqualTo("CLOSED MOVED_AWAY");
        assertThatThrownBy(() -> support.signedIn(linkWorker,
                () -> { lifecycle.close(caseId, ClosureReason.GOALS_MET, null, linkWorker); return null; }))
                .isInstanceOf(Refusal.class).hasMessageContaining("already closed");
        support.signedIn(linkWorker, () -> {
            lifecycle.reopen(caseId, "Came back to the area", linkWorker);
            return null;
        });
        assertThat(jdbc.sql("SELECT status FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(support.user("linkworker").role()).isEqualTo(Role.LINK_WORKER);
    }
}
