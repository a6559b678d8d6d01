package org.pathway.engagement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The caseload's search by the person's name or the referral's reference, for the link worker and the manager. */
@PathwayIntegrationTest
class CaseloadSearchIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    CaseTestSupport support;

    @BeforeEach
    void setUp() {
        support = CaseTestSupport.from(context);
    }

    String caseload(String username, String query) throws Exception {
        return mvc.perform(get("/caseload" + query).with(support.as(username))).andReturn().getResponse()
                .getContentAsString();
    }

    int rows(String html) {
        Matcher m = Pattern.compile("href=\"/cases/[0-9a-f-]{36}\"").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theCaseloadFindsACaseByNameOrReferenceWithinTheUsersScope() throws Exception {
        UUID wanted = support.openCase("Quillfeather");
        support.openCase("Brightwater");
        String reference = jdbc.sql("SELECT r.reference FROM access.referral r JOIN engagement.case_episode c"
                + " ON c.referral_id = r.id WHERE c.id = ?").param(wanted).query(String.class).single();

        String byName = caseload("linkworker", "?q=quillFEATHER");
        assertThat(byName).contains("Test Quillfeather", "value=\"quillFEATHER\"").doesNotContain("Test Brightwater");
        assertThat(rows(byName)).isEqualTo(1);
        assertThat(mvc.perform(get("/caseload").param("q", "feather  test").with(support.as("linkworker")))
                .andReturn().getResponse().getContentAsString()).contains("Test Quillfeather");

        String byReference = caseload("linkworker", "?q=" + reference.toLowerCase().replace("pw-", ""));
        assertThat(byReference).contains("href=\"/cases/" + wanted + "\"");
        assertThat(rows(byReference)).isEqualTo(1);

        assertThat(caseload("manager", "?q=Quillfeather")).contains("Test Quillfeather");
        assertThat(caseload(CaseTestSupport.OTHER_LINK_WORKER, "?q=Quillfeather"))
                .doesNotContain("Test Quillfeather").contains("No cases match “Quillfeather”.");
        assertThat(caseload("linkworker", "?q=Nobodyofthatname")).contains("No cases match “Nobodyofthatname”.");
    }

    @Test
    void theSearchIsKeptAcrossPagesAndSorting() throws Exception {
        for (int i = 0; i < 26; i++) {
            support.openCase("Pagesearch" + (char) ('A' + i)); // letters: matching ignores digits
        }
        String first = caseload("linkworker", "?q=pagesearch&sort=opened");
        assertThat(rows(first)).isEqualTo(25);
        assertThat(first).contains("q=pagesearch", "page=2", "<option value=\"opened\" selected=\"selected\"");
        String second = caseload("linkworker", "?q=pagesearch&sort=opened&page=2");
        assertThat(rows(second)).isEqualTo(1);
        assertThat(second).contains("Test Pagesearch");
    }
}
