package org.pathway.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.pathway.engagement.cases.CaseTestSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Something on every page the sweeps open: a referral waiting in the link worker's triage (from the referrer), a case
 * of the link worker's, and a public directory listing of the test ICS's community provider. Built on the test ICS
 * through engagement's test mother (and access's beneath it) and the provider's listing form, with names of the
 * caller's choosing so that two sweeps in one context do not meet.
 */
public final class EveryPageData {

    /** What was built: the referral waiting for triage, the link worker's case, and the listing. */
    public record Built(UUID waitingReferral, UUID caseId, UUID listing) {}

    private EveryPageData() {}

    public static Built build(ApplicationContext context, String name) {
        CaseTestSupport cases = CaseTestSupport.from(context);
        UUID waiting = cases.referral(name + "Waiting").referralId().value();
        UUID caseId = cases.openCase(name + "Case");
        try {
            return new Built(waiting, caseId, listing(context, name));
        } catch (Exception e) {
            throw new IllegalStateException("Could not add " + name + " Lunch Club", e);
        }
    }

    /**
     * The test ICS's community provider adds a public listing through the listing form, as a provider does: that makes
     * (or reuses) the provider's one directory organisation, which other tests in the context may also use.
     */
    private static UUID listing(ApplicationContext context, String name) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var provider = context.getBean(UserDetailsService.class).loadUserByUsername("provider");
        var response = mvc.perform(post("/directory/listings/new").with(csrf()).with(user(provider))
                        .param("name", name + " Lunch Club").param("description", "A hot lunch and company, weekly")
                        .param("categories", "befriending").param("deliveryMode", "IN_PERSON")
                        .param("minAge", "18").param("maxAge", "").param("capacity", "20")
                        .param("referralRoute", "SIGNPOSTING").param("publicListing", "true").param("cost", "")
                        .param("languages", "English").param("address", "2 Harbour Road").param("city", "Truro")
                        .param("postcode", "TR1 4LN").param("contactName", "Lunch Organiser")
                        .param("contactPhone", "01632 960555").param("contactEmail", "lunch@example.org")
                        .param("day1", "3").param("start1", "12:00").param("end1", "14:00").param("frequency1", "WEEKLY")
                        .param("week1", "")
                        .param("day2", "").param("start2", "").param("end2", "").param("frequency2", "WEEKLY")
                        .param("week2", "")
                        .param("day3", "").param("start3", "").param("end3", "").param("frequency3", "WEEKLY")
                        .param("week3", ""))
                .andReturn().getResponse();
        String location = response.getRedirectedUrl();
        if (location == null || !location.startsWith("/directory/listings/")) {
            String page = response.getContentAsString();
            int summary = page.indexOf("There is a problem");
            throw new IllegalStateException("The listing form refused " + name + " Lunch Club (" + response.getStatus()
                    + "): " + (summary < 0 ? page : page.substring(summary, Math.min(page.length(), summary + 1500))));
        }
        return UUID.fromString(location.substring("/directory/listings/".length()));
    }
}
