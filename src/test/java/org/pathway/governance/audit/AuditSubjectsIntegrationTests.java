package org.pathway.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathway.support.SignIns;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.engagement.cases.CaseTestSupport;
import org.pathway.governance.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log says what and whom each entry concerns, and finds a referral's entries by its reference number. */
@PathwayIntegrationTest
class AuditSubjectsIntegrationTests {

    @Autowired
    SignIns signIns;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;


    @Autowired
    ApplicationContext context;

    String page(String uri, String... params) throws Exception {
        var request = get(uri).with(signIns.as("admin"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static int count(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }

    @Test
    void aReferralNumberFindsTheReferralsAndItsCasesEntriesNamedForThePersonPageByPage() throws Exception {
        UUID caseId = CaseTestSupport.from(context).openCase("Audited");
        UUID referralId = jdbc.sql("SELECT referral_id FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(UUID.class).single();
        UUID personId = jdbc.sql("SELECT person_id FROM engagement.case_episode WHERE id = ?").param(caseId)
                .query(UUID.class).single();
        String reference = jdbc.sql("SELECT reference FROM access.referral WHERE id = ?").param(referralId)
                .query(String.class).single();
        String name = jdbc.sql("SELECT given_name || ' ' || family_name FROM people.person WHERE id = ?")
                .param(personId).query(String.class).single();
        auditLog.record("auditor-test", "CHANGE", "referral", referralId.toString(), "subject test: referral accepted");
        for (int i = 1; i <= 55; i++) {
            auditLog.record("auditor-test", "VIEW", "case", caseId.toString(), "subject test: case viewed " + i);
        }
        auditLog.record("auditor-test", "VIEW", "person", personId.toString(), "subject test: person viewed");
        auditLog.record("auditor-test", "VIEW", "case", UUID.randomUUID().toString(), "subject test: another case");

        // Typed as people quote it: lower case, with a space.
        String typed = reference.toLowerCase().replace("pw-", "pw- ");
        String first = page("/admin/audit", "recordId", typed);
        assertThat(count(first, "class=\"nhsuk-table__row audit-entry\"")).isEqualTo(50);
        assertThat(first).contains("Case of " + name + " (referral " + reference + ")")
                .contains("subject test: case viewed 55").doesNotContain("subject test: another case")
                .doesNotContain("subject test: person viewed");

        Matcher older = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first);
        assertThat(older.find()).as("an Older link").isTrue();
        String href = older.group(1).replace("&amp;", "&");
        assertThat(href).contains("recordId=");
        String second = mvc.perform(get(java.net.URI.create(href)).with(signIns.as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The five oldest case views and the referral entry, and any the case opening itself wrote.
        assertThat(count(second, "class=\"nhsuk-table__row audit-entry\"")).isGreaterThanOrEqualTo(6);
        assertThat(second).contains("subject test: case viewed 1<").contains("subject test: referral accepted")
                .contains("Referral " + reference + " for " + name).doesNotContain("subject test: another case");

        String person = page("/admin/audit", "actor", "auditor-test", "recordType", "person");
        assertThat(person).contains("subject test: person viewed").contains(">" + name + "<");
    }
}
