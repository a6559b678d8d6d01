package org.pathway.partnerships.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.partnerships.PartnershipEvents.AgreementRecorded;
import org.pathway.platform.UkTime;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Agreements as the ICS lead records them and each organisation's manager sees theirs, with what needs attention. */
@PathwayIntegrationTest
@RecordApplicationEvents
class AgreementsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestIcs ics;

    @Autowired
    SignIns signIns;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.pathway.partnerships.Agreements agreements;

    final LocalDate today = UkTime.today(Clock.systemUTC());

    MockHttpServletRequestBuilder agreement(String url, String kind, String title, LocalDate starts, LocalDate review,
            LocalDate expires, String... parties) {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).param("kind", kind).param("title", title)
                .param("partyIds", parties);
        request = dated(request, "starts", starts);
        request = dated(request, "review", review);
        return dated(request, "expires", expires);
    }

    static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, String prefix, LocalDate date) {
        return request.param(prefix + "Day", date == null ? "" : String.valueOf(date.getDayOfMonth()))
                .param(prefix + "Month", date == null ? "" : String.valueOf(date.getMonthValue()))
                .param(prefix + "Year", date == null ? "" : String.valueOf(date.getYear()));
    }

    String create(String kind, String title, LocalDate starts, LocalDate review, LocalDate expires, String... parties)
            throws Exception {
        MvcResult result = mvc.perform(agreement("/agreements/new", kind, title, starts, review, expires, parties)
                .with(signIns.as("icslead"))).andExpect(status().is3xxRedirection()).andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void theIcsLeadSeesWhatNeedsAttentionFirstAndEachManagerOnlyTheirOwn() throws Exception {
        String sharing = create("DATA_SHARING", "Sharing with North PCN", LocalDate.of(2024, 4, 1), today.plusDays(30),
                null, ics.employer().toString(), ics.northPcn().toString());
        create("SUBCONTRACT", "South PCN subcontract", LocalDate.of(2023, 4, 1), null, today.minusDays(1),
                ics.otherEmployer().toString(), ics.southPcn().toString());
        create("REFERRAL_PATHWAY", "Lunch club pathway", LocalDate.of(2025, 1, 1), today.plusDays(200), null,
                ics.ics().toString(), ics.provider().toString());
        assertThat(events.stream(AgreementRecorded.class)).hasSize(3)
                .allSatisfy(e -> assertThat(e.icsId()).isEqualTo(ics.ics().value()));

        mvc.perform(get("/agreements").with(signIns.as("icslead"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("2 agreements have expired, a review overdue or due within 60 days, or expire "
                                + "within 60 days (1 expired)"),
                        // expired first, then the review due, then the current one
                        matchesPattern("(?s).*South PCN subcontract.*Expired.*Sharing with North PCN.*Review due"
                                + ".*Lunch club pathway.*Current.*"))));
        mvc.perform(get("/agreements").with(signIns.as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sharing with North PCN"),
                        not(containsString("South PCN subcontract")), not(containsString("Lunch club pathway")),
                        not(containsString("Add an agreement")))));
        mvc.perform(get("/agreements").with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME)))
                .andExpect(content().string(allOf(containsString("South PCN subcontract"),
                        not(containsString("Sharing with North PCN")))));
        mvc.perform(get(sharing).with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME))).andExpect(status().isNotFound());
        mvc.perform(get(sharing).with(signIns.as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Test Community Connect"),
                        containsString("North PCN"), containsString("1 April 2024"))));
        for (String role : new String[] {"linkworker", "referrer", "provider", "researcher"}) {
            mvc.perform(get("/agreements").with(signIns.as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/agreements/new").with(signIns.as("manager"))).andExpect(status().isForbidden());

        // the home pages flag them: all of them for the ICS lead, their own for each manager, nothing for a referrer
        mvc.perform(get("/").with(signIns.as("icslead"))).andExpect(content().string(allOf(containsString("To see to"),
                containsString("Agreements: 1 expired, 1 review overdue or due within 60 days"),
                containsString("href=\"/agreements\""))));
        mvc.perform(get("/").with(signIns.as("manager"))).andExpect(content().string(
                containsString("Agreements: 1 review overdue or due within 60 days")));
        mvc.perform(get("/").with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME))).andExpect(content().string(
                containsString("Agreements: 1 expired")));
        mvc.perform(get("/").with(signIns.as("referrer"))).andExpect(content().string(not(containsString("To see to"))));

        // the review is done: the ICS lead moves it on a year, and it is current again
        mvc.perform(agreement(sharing + "/edit", "DATA_SHARING", "Sharing with North PCN", LocalDate.of(2024, 4, 1),
                        today.plusYears(1), null, ics.employer().toString(), ics.northPcn().toString())
                        .with(signIns.as("icslead")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(sharing).with(signIns.as("icslead")))
                .andExpect(content().string(matchesPattern("(?s).*Status</dt>\\s*<dd[^>]*>Current</dd>.*")));
    }

    @Autowired
    org.pathway.workforce.OrganisationStructure organisations;

    @Autowired
    org.pathway.governance.Accounts accounts;

    @Test
    void anIcsLeadSeesAndKeepsOnlyTheirOwnIcsAgreements() throws Exception {
        String ours = create("DATA_SHARING", "Our ICS only sharing", LocalDate.of(2024, 4, 1), today.plusDays(200),
                null, ics.employer().toString(), ics.northPcn().toString());
        var setup = new org.pathway.governance.PathwayUser(java.util.UUID.randomUUID(), "setup", "Setup",
                org.pathway.governance.Role.ADMINISTRATOR, null, null, true, false);
        var otherIcs = TestIcs.as(setup, () -> organisations.create(new org.pathway.workforce.OrganisationCommand(
                org.pathway.workforce.OrganisationKind.ICS, "Agreements Other ICS", "QZ6", null, null, null, null,
                "EX1 1AA")));
        var theirEmployer = TestIcs.as(setup, () -> organisations.create(new org.pathway.workforce.OrganisationCommand(
                org.pathway.workforce.OrganisationKind.EMPLOYER, "Their Connect", null, otherIcs,
                org.pathway.workforce.EmployerType.VCSE, org.pathway.workforce.Contracting.DIRECT,
                org.pathway.workforce.FundingSource.MIXED, "EX1 1AA")));
        accounts.ensureAccount(new org.pathway.governance.Accounts.NewAccount("agreementsotherlead", "Other Lead", null,
                TestIcs.PASSWORD, org.pathway.governance.Role.ICS_LEAD, otherIcs.value()));

        mvc.perform(get("/agreements").with(signIns.as("agreementsotherlead"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Our ICS only sharing"))));
        mvc.perform(get(ours).with(signIns.as("agreementsotherlead"))).andExpect(status().isNotFound());
        mvc.perform(agreement(ours + "/edit", "DATA_SHARING", "Taken over", LocalDate.of(2024, 4, 1), null, null,
                otherIcs.toString(), theirEmployer.toString()).with(signIns.as("agreementsotherlead")))
                .andExpect(status().isNotFound());
        // their form offers their own ICS's organisations only, and refuses the test ICS's
        mvc.perform(get("/agreements/new").with(signIns.as("agreementsotherlead")))
                .andExpect(content().string(allOf(containsString("Their Connect"),
                        not(containsString("Test Community Connect")))));
        mvc.perform(agreement("/agreements/new", "DATA_SHARING", "Across the border", LocalDate.of(2024, 4, 1), null,
                        null, theirEmployer.toString(), ics.northPcn().toString()).with(signIns.as("agreementsotherlead")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose organisations from the list")));
        String theirs = mvc.perform(agreement("/agreements/new", "REFERRAL_PATHWAY", "Their own pathway",
                        LocalDate.of(2024, 4, 1), null, null, otherIcs.toString(), theirEmployer.toString())
                        .with(signIns.as("agreementsotherlead")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get("/agreements").with(signIns.as("icslead")))
                .andExpect(content().string(allOf(containsString("Our ICS only sharing"),
                        not(containsString("Their own pathway")))));
        mvc.perform(get(theirs).with(signIns.as("icslead"))).andExpect(status().isNotFound());
        // the test ICS's administrator sees its agreements only, as its lead does
        mvc.perform(get("/agreements").with(signIns.as("admin")))
                .andExpect(content().string(allOf(containsString("Our ICS only sharing"),
                        not(containsString("Their own pathway")))));
    }

    @Test
    void aPartnerOutsideThePathwaysStructureCanBeAParty() throws Exception {
        var admin = ics.user("admin");
        var partner = TestIcs.as(admin, () -> organisations.create(new org.pathway.workforce.OrganisationCommand(
                org.pathway.workforce.OrganisationKind.PARTNER, "Test Council Housing Options", null, ics.ics(), null,
                null, null, null)));
        mvc.perform(get("/agreements/new").with(signIns.as("icslead")))
                .andExpect(content().string(containsString("Test Council Housing Options (Partner organisation)")));
        String pathway = create("REFERRAL_PATHWAY", "Housing options pathway", LocalDate.of(2025, 4, 1), null, null,
                ics.employer().toString(), partner.toString());
        mvc.perform(get(pathway).with(signIns.as("icslead"))).andExpect(content().string(allOf(
                containsString("Test Council Housing Options"), containsString("Test Community Connect"))));
        // a partner is not a place people are referred from or an employer
        mvc.perform(get("/organisations").with(signIns.as("admin")))
                .andExpect(content().string(matchesPattern("(?s).*Partner organisation.*Test Council Housing Options.*")));
    }

    @Test
    void anAgreementThatCannotBeIsShownBackWithWhatWasTypedKept() throws Exception {
        mvc.perform(agreement("/agreements/new", "", "", null, null, null).with(signIns.as("icslead")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Select what the agreement covers"),
                        containsString("Enter the title of the agreement"),
                        containsString("Choose at least two organisations that are party to it"),
                        containsString("Enter the date the agreement starts"))));
        mvc.perform(agreement("/agreements/new", "SUBCONTRACT", "Backwards", LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), ics.employer().toString(),
                        ics.northPcn().toString()).with(signIns.as("icslead")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Review date must be on or after the start date"),
                        containsString("Expiry date must be after the start date"),
                        containsString("value=\"Backwards\""),
                        containsString("value=\"" + ics.northPcn() + "\" checked"))));
        // an unreal date does not hide the other problems
        mvc.perform(post("/agreements/new").with(csrf()).with(signIns.as("icslead")).param("title", "Unreal")
                        .param("startsDay", "31").param("startsMonth", "2").param("startsYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Start date must be a real date"),
                        containsString("Select what the agreement covers"),
                        containsString("Choose at least two organisations that are party to it"),
                        not(containsString("Enter the date the agreement starts")))));
        mvc.perform(get("/agreements").with(signIns.as("icslead")))
                .andExpect(content().string(allOf(not(containsString("Backwards")), not(containsString("Unreal")))));
    }

    @Test
    void whereAnAgreementStandsAtTheEdgesOfItsDates() {
        LocalDate start = today.minusYears(1);
        assertThat(org.pathway.partnerships.Agreements.Standing.of(start, null, today, today).name())
                .isEqualTo("EXPIRED");
        assertThat(org.pathway.partnerships.Agreements.Standing.of(start, null, today.plusDays(1), today).name())
                .isEqualTo("EXPIRES_SOON");
        assertThat(org.pathway.partnerships.Agreements.Standing.of(start, today.minusDays(1), null, today).name())
                .isEqualTo("REVIEW_OVERDUE");
        assertThat(org.pathway.partnerships.Agreements.Standing.of(start, today.plusDays(60), null, today).name())
                .isEqualTo("REVIEW_DUE");
        assertThat(org.pathway.partnerships.Agreements.Standing.of(start, today.plusDays(61), null, today).name())
                .isEqualTo("CURRENT");
        assertThat(org.pathway.partnerships.Agreements.Standing.of(today.plusDays(5), null, null, today).name())
                .isEqualTo("NOT_STARTED");
    }

    @Test
    void theListIsPagedFiftyAtATime() throws Exception {
        var lead = ics.user("icslead");
        for (int i = 1; i <= 60; i++) {
            String title = String.format("Zz paged %02d", i);
            TestIcs.as(lead, () -> agreements.create(new org.pathway.partnerships.Agreements.AgreementCommand(
                    org.pathway.partnerships.AgreementKind.REFERRAL_PATHWAY, title,
                    java.util.Set.of(ics.ics(), ics.provider()), LocalDate.of(2025, 1, 1), null, null, null), lead));
        }
        mvc.perform(get("/agreements").with(signIns.as("icslead"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Zz paged 01"), not(containsString("Zz paged 60")),
                        containsString("href=\"/agreements?page=2\""))));
        mvc.perform(get("/agreements").param("page", "2").with(signIns.as("icslead")))
                .andExpect(content().string(allOf(containsString("Zz paged 60"), not(containsString("Zz paged 01")))));
    }
}
