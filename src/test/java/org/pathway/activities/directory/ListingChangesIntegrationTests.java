package org.pathway.activities.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.pathway.support.SignIns;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Providers add and change their own listings; practitioners propose changes that providers accept or reject. */
@PathwayIntegrationTest
class ListingChangesIntegrationTests {

    @Autowired
    SignIns signIns;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestListings listings;

    RequestPostProcessor as(String username) {
        return signIns.as(username);
    }

    /** The form as a provider fills it in; {@code overrides} are name, value pairs typed instead. */
    MockHttpServletRequestBuilder listingForm(String url, String name, String... overrides) {
        MockHttpServletRequestBuilder request = filled(url, name);
        if (overrides.length == 0) {
            return request;
        }
        Map<String, String> typed = new java.util.HashMap<>();
        for (int i = 0; i < overrides.length; i += 2) {
            typed.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder fresh = post(url).with(csrf());
        filled(url, name).buildRequest(new org.springframework.mock.web.MockServletContext()).getParameterMap()
                .forEach((key, values) -> fresh.param(key, typed.containsKey(key) ? new String[] {typed.get(key)} : values));
        return fresh;
    }

    MockHttpServletRequestBuilder filled(String url, String name) {
        return post(url).with(csrf()).param("name", name).param("description", "Gentle yoga on chairs")
                .param("categories", "physical-activity", "befriending").param("deliveryMode", "IN_PERSON")
                .param("minAge", "50").param("maxAge", "").param("capacity", "15").param("referralRoute", "DIRECT_REFERRAL")
                .param("publicListing", "true").param("cost", "").param("languages", "English, Welsh")
                .param("address", "1 Quay Street").param("city", "Truro").param("postcode", "tr1 2aa")
                .param("contactName", "Jo Organiser").param("contactPhone", "01872 000000").param("contactEmail", "")
                .param("day1", "2").param("start1", "10:00").param("end1", "11:00").param("frequency1", "WEEKLY").param("week1", "")
                .param("day2", "5").param("start2", "14:00").param("end2", "15:00").param("frequency2", "MONTHLY").param("week2", "3")
                .param("day3", "").param("start3", "").param("end3", "").param("frequency3", "WEEKLY").param("week3", "");
    }

    @Test
    void providerAddsAListingToItsOwnOrganisation() throws Exception {
        String name = "Chair yoga " + UUID.randomUUID().toString().substring(0, 8);
        MvcResult result = mvc.perform(listingForm("/directory/listings/new", name).with(as("provider")))
                .andExpect(status().is3xxRedirection()).andReturn();
        UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().replace("/directory/listings/", ""));
        Map<String, Object> row = jdbc.sql("""
                SELECT l.name, l.min_age, l.free, l.referral_route, array_to_string(l.languages, '|') AS languages,
                       o.workforce_organisation_id,
                       (SELECT count(*) FROM activities.schedule s WHERE s.listing_id = l.id) AS sessions,
                       (SELECT postcode FROM activities.location x WHERE x.listing_id = l.id) AS postcode,
                       (SELECT count(*) FROM activities.listing_term t WHERE t.listing_id = l.id) AS categories
                FROM activities.listing l JOIN activities.organisation o ON o.id = l.organisation_id WHERE l.id = ?""")
                .param(id).query().singleRow();
        assertThat(row).containsEntry("name", name).containsEntry("min_age", 50).containsEntry("free", true)
                .containsEntry("referral_route", "DIRECT_REFERRAL").containsEntry("languages", "English|Welsh")
                .containsEntry("sessions", 2L).containsEntry("postcode", "TR1 2AA").containsEntry("categories", 2L);
        assertThat(row.get("workforce_organisation_id")).isEqualTo(
                signIns.user("provider").organisationId());
        mvc.perform(get("/directory/listings/" + id).with(as("provider")))
                .andExpect(content().string(containsString("Third Friday of the month, 14:00 to 15:00")));
        mvc.perform(get("/directory/listings/" + id + "/edit").with(as("provider"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
    }

    @Test
    void mistakesAreShownBesideTheFieldsAndEverythingTypedIsKept() throws Exception {
        mvc.perform(listingForm("/directory/listings/new", "", "minAge", "80", "maxAge", "20", "start1", "11:00",
                        "end1", "10:00", "postcode", "not a postcode").with(as("provider")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the name of the activity")))
                .andExpect(content().string(containsString("Oldest age must be the same as or above the youngest age")))
                .andExpect(content().string(containsString("Session 1 must end after it starts")))
                .andExpect(content().string(containsString("Enter a real postcode")))
                .andExpect(content().string(containsString("value=\"not a postcode\"")))
                .andExpect(content().string(containsString("Gentle yoga on chairs")));
    }

    @Test
    void aListingMovedToAnotherVenueIsFoundNearItsNewPostcodeAndNoLongerNearItsOld() throws Exception {
        listings.postcode("TR1 2AA", 50.2632, -5.0510);
        listings.postcode("YO1 7HH", 53.9620, -1.0819);
        String token = "mover" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Chair yoga " + token;
        MvcResult created = mvc.perform(listingForm("/directory/listings/new", name).with(as("provider")))
                .andExpect(status().is3xxRedirection()).andReturn();
        String url = created.getResponse().getRedirectedUrl();
        assertThat(searchNear(token, "TR12AA")).contains(name);
        assertThat(searchNear(token, "YO17HH")).doesNotContain(name);

        mvc.perform(listingForm(url + "/edit", name, "address", "2 Stonegate", "city", "York", "postcode", "yo1 7hh")
                .with(as("provider"))).andExpect(status().is3xxRedirection());

        assertThat(searchNear(token, "YO17HH")).contains(name);
        assertThat(searchNear(token, "TR12AA")).doesNotContain(name);
    }

    @Test
    void editingAListingWithMoreSessionsAndVenuesThanTheFormShowsKeepsTheOthers() throws Exception {
        // Four sessions (Monday to Thursday) and two venues, as a feed can bring.
        UUID id = listings.providerListing("Busy hub " + UUID.randomUUID()).weekly(1).weekly(2).weekly(3).weekly(4)
                .at("TR1 1AA", 50.26, -5.05).at("TR11 1AA", 50.15, -5.07).create();
        mvc.perform(get("/directory/listings/" + id + "/edit").with(as("provider"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Session 3")));

        mvc.perform(listingForm("/directory/listings/" + id + "/edit", "Busy hub renamed").with(as("provider")))
                .andExpect(status().is3xxRedirection());

        // The form's two sessions (Tuesday, Friday) replace the three it showed (Monday to Wednesday); Thursday stays.
        assertThat(jdbc.sql("SELECT weekday FROM activities.schedule WHERE listing_id = ? ORDER BY weekday, starts_at")
                .param(id).query(Integer.class).list()).containsExactly(2, 4, 5);
        assertThat(jdbc.sql("SELECT postcode FROM activities.location WHERE listing_id = ? ORDER BY postcode")
                .param(id).query(String.class).list()).containsExactly("TR1 2AA", "TR11 1AA");
    }

    private String searchNear(String text, String postcode) throws Exception {
        return mvc.perform(get("/directory?q=" + text + "&postcode=" + postcode + "&radius=5").with(as("linkworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void providerCannotEditAnotherOrganisationsListing() throws Exception {
        UUID other = listings.listing(listings.organisation("Elsewhere " + UUID.randomUUID()), "Not theirs").create();
        mvc.perform(get("/directory/listings/" + other + "/edit").with(as("provider"))).andExpect(status().isNotFound());
        mvc.perform(listingForm("/directory/listings/" + other + "/edit", "Taken over").with(as("provider")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/directory/listings/new").with(as("linkworker"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT name FROM activities.listing WHERE id = ?").param(other).query(String.class).single())
                .isEqualTo("Not theirs");
    }

    @Test
    void practitionerProposesAndProviderAcceptsOrRejects() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        UUID listing = listings.providerListing("Proposal target " + token).create();

        mvc.perform(post("/directory/listings/" + listing + "/proposals").with(as("linkworker")).with(csrf())
                        .param("field", "").param("value", "£2 a session"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose what should change")))
                .andExpect(content().string(containsString("£2 a session")));
        mvc.perform(post("/directory/listings/" + listing + "/proposals").with(as("linkworker")).with(csrf())
                        .param("field", "COST").param("value", "£2 a session").param("note", "They started charging"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/directory/listings/" + listing + "/proposals").with(as("linkworker")).with(csrf())
                        .param("field", "NAME").param("value", "Wrong name " + token))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/proposals").with(as("provider")))
                .andExpect(content().string(containsString("Cost: £2 a session")));
        mvc.perform(get("/directory/listings/" + listing).with(as("provider")))
                .andExpect(content().string(containsString("They started charging")));

        UUID cost = jdbc.sql("SELECT id FROM activities.listing_proposal WHERE listing_id = ? AND field = 'COST'")
                .param(listing).query(UUID.class).single();
        UUID name = jdbc.sql("SELECT id FROM activities.listing_proposal WHERE listing_id = ? AND field = 'NAME'")
                .param(listing).query(UUID.class).single();
        mvc.perform(post("/directory/proposals/" + cost + "/accept").with(as("linkworker")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/directory/proposals/" + cost + "/accept").param("back", listing.toString())
                .with(as("provider")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/directory/proposals/" + name + "/reject").with(as("provider")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> row = jdbc.sql("SELECT name, cost, free FROM activities.listing WHERE id = ?").param(listing)
                .query().singleRow();
        assertThat(row).containsEntry("name", "Proposal target " + token).containsEntry("cost", "£2 a session")
                .containsEntry("free", false);
        assertThat(jdbc.sql("SELECT decision FROM activities.listing_proposal WHERE listing_id = ? ORDER BY field")
                .param(listing).query(String.class).list()).containsExactly("ACCEPTED", "REJECTED");
        // Decided proposals cannot be decided again.
        mvc.perform(post("/directory/proposals/" + name + "/accept").with(as("provider")).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
