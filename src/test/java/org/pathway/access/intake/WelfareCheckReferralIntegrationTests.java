package org.pathway.access.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.pathway.access.intake.IntakeTestSupport.posting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A welfare check from an outreach list converts into a referral for the same person. */
@PathwayIntegrationTest
class WelfareCheckReferralIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestIcs ics;

    SignIns signIns;
    IntakeTestSupport forms;

    @BeforeEach
    void setUp() {
        signIns = new SignIns(users);
        forms = new IntakeTestSupport(ics, jdbc);
    }

    @Test
    void aWelfareCheckBecomesAReferralWithoutRetypingAndLeavesTheList() throws Exception {
        String csv = "given_name,family_name,date_of_birth,postcode,phone,reason\n"
                + "Demelza,Kittoquay,1944-06-06,TR1 3LJ,01872 222222,Shielding: lives alone\n";
        mvc.perform(multipart("/outreach").file(new MockMultipartFile("file", "list.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).param("name", "Spring list").with(csrf())
                .with(signIns.as("linkworker")));
        UUID check = jdbc.sql("""
                SELECT c.id FROM access.welfare_check c JOIN people.person p ON p.id = c.person_id
                WHERE p.family_name = 'Kittoquay'""").query(UUID.class).single();

        mvc.perform(get("/outreach/checks/" + check).with(signIns.as("linkworker")))
                .andExpect(content().string(containsString("/referrals/new?welfareCheck=" + check)));
        mvc.perform(get("/referrals/new").param("welfareCheck", check.toString()).with(signIns.as("linkworker")))
                .andExpect(content().string(allOf(containsString("value=\"Demelza\""), containsString("value=\"Kittoquay\""),
                        containsString("From the outreach list"), containsString("Shielding: lives alone"),
                        containsString("name=\"welfareCheck\""))));

        Map<String, String> form = forms.staffForm("Demelza", "Kittoquay");
        form.put("dobDay", "6");
        form.put("dobMonth", "6");
        form.put("dobYear", "1944");
        form.put("source", "OUTREACH_LIST");
        form.put("welfareCheck", check.toString());
        mvc.perform(posting("/referrals/new", form).with(signIns.as("linkworker")))
                .andExpect(redirectedUrlPattern("/referrals/*/sent"));

        Map<String, Object> row = jdbc.sql("SELECT status, referral_id FROM access.welfare_check WHERE id = ?")
                .param(check).query().singleRow();
        assertThat(row.get("status")).isEqualTo("REFERRED");
        assertThat(row.get("referral_id")).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM people.person WHERE family_name = 'Kittoquay'").query(Long.class).single())
                .as("the referral links to the person the list created").isEqualTo(1);
        assertThat(jdbc.sql("SELECT source FROM access.referral WHERE id = ?").param(row.get("referral_id"))
                .query(String.class).single()).isEqualTo("OUTREACH_LIST");
    }
}
