package org.pathway.access.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.pathway.support.SignIns;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.PathwayIntegrationTest;
import org.pathway.governance.Accounts;
import org.pathway.governance.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

@PathwayIntegrationTest
class OutreachIntegrationTests {

    @Autowired
    SignIns signIns;

    static final String LIST = """
            nhs_number,given_name,family_name,date_of_birth,postcode,phone,reason
            9990000050,Loveday,Carne,1941-05-05,TR1 1AA,01872 111111,Shielding
            ,Jacka,Polglase,12/12/1938,TR2 2AB,,Lives alone
            9990000051,Bad,Number,1950-01-01,TR1 1AA,,
            ,Future,Born,2099-01-01,TR1 1AA,,
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;


    @Autowired
    Accounts accounts;

    UserDetails as(String username) {
        return signIns.user(username);
    }

    MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "shielding.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    long checksFor(String family) {
        return jdbc.sql("""
                SELECT count(*) FROM access.welfare_check c JOIN people.person p ON p.id = c.person_id
                WHERE p.match_family_name = ?""").param(family).query(Long.class).single();
    }

    @Test
    void importsGoodRowsReportsBadOnesByLineAndNeverDuplicatesChecks() throws Exception {
        mvc.perform(multipart("/outreach").file(csv(LIST)).param("name", "Shielding list A").with(csrf())
                        .with(user(as("linkworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 welfare checks created from 4 rows")))
                .andExpect(content().string(Matchers.containsString("check digit does not match")))
                .andExpect(content().string(Matchers.containsString("Date of birth is in the future")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*>4<.*")));
        assertThat(checksFor("carne")).isEqualTo(1);

        mvc.perform(multipart("/outreach").file(csv(LIST)).param("name", "Shielding list A again").with(csrf())
                        .with(user(as("manager"))))
                .andExpect(content().string(Matchers.containsString("0 welfare checks created")))
                .andExpect(content().string(Matchers.containsString("2 people already had an open welfare check")));
        assertThat(checksFor("carne")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM people.person WHERE match_family_name = 'carne'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void allOrNothingImportsNothingWhenARowIsBad() throws Exception {
        String list = LIST.replace("Carne", "Trevail").replace("Polglase", "Tregenza");
        mvc.perform(multipart("/outreach").file(csv(list)).param("name", "Strict list").param("allOrNothing", "true")
                        .with(csrf()).with(user(as("linkworker"))))
                .andExpect(content().string(Matchers.containsString("Nothing was imported")));
        assertThat(checksFor("trevail")).isZero();
    }

    @Test
    void aMissingNameOrFileIsExplainedAndTheNameKept() throws Exception {
        mvc.perform(multipart("/outreach").param("name", "Typed name").with(csrf()).with(user(as("linkworker"))))
                .andExpect(content().string(Matchers.containsString("Choose a CSV file to import")))
                .andExpect(content().string(Matchers.containsString("value=\"Typed name\"")));
    }

    @Test
    void beforeCallingAPractitionerSeesWhoElseInTheIcsAlreadyCalled() throws Exception {
        UUID otherEmployer = jdbc.sql("""
                SELECT o.id FROM workforce.organisation o WHERE o.kind IN ('EMPLOYER','PCN') AND o.employer_type IS NOT NULL
                AND o.id <> (SELECT organisation_id FROM governance.user_account WHERE username = 'linkworker')
                ORDER BY o.name LIMIT 1""").query(UUID.class).single();
        accounts.ensureAccount(new Accounts.NewAccount("otherworker", "Other Worker", null, "long-enough-password",
                Role.LINK_WORKER, otherEmployer));
        String list = "given_name,family_name,date_of_birth,postcode\nBlanche,Opie,1936-07-07,PL4 8AA\n";
        mvc.perform(multipart("/outreach").file(csv(list)).param("name", "Other org list").with(csrf())
                .with(user(as("otherworker"))));
        UUID otherCheck = jdbc.sql("""
                SELECT c.id FROM access.welfare_check c JOIN people.person p ON p.id = c.person_id
                WHERE p.match_family_name = 'opie' AND c.organisation_id = ?""").param(otherEmployer).query(UUID.class).single();
        mvc.perform(post("/outreach/checks/" + otherCheck + "/contacts").param("outcome", "SPOKE_NO_NEEDS")
                        .param("note", "Daughter visits daily").with(csrf()).with(user(as("otherworker"))))
                .andExpect(status().is3xxRedirection());

        mvc.perform(multipart("/outreach").file(csv(list)).param("name", "Our list").with(csrf())
                .with(user(as("linkworker"))));
        UUID ourCheck = jdbc.sql("""
                SELECT c.id FROM access.welfare_check c JOIN people.person p ON p.id = c.person_id
                WHERE p.match_family_name = 'opie' AND c.organisation_id <> ?""").param(otherEmployer).query(UUID.class)
                .single();
        mvc.perform(get("/outreach/checks/" + ourCheck).with(user(as("linkworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Already contacted 1 time")))
                .andExpect(content().string(Matchers.containsString("Daughter visits daily")))
                .andExpect(content().string(Matchers.containsString("Spoke to them: no support needed")));
        // Another organisation's check is not ours to open.
        mvc.perform(get("/outreach/checks/" + otherCheck).with(user(as("linkworker")))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE actor = 'linkworker' AND action = 'VIEW' AND record_type = 'person'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aPersonImportedUnderAnotherSpellingIsShownWithTheirContactsBeforeCalling() throws Exception {
        UUID otherEmployer = jdbc.sql("""
                SELECT o.id FROM workforce.organisation o WHERE o.kind IN ('EMPLOYER','PCN') AND o.employer_type IS NOT NULL
                AND o.id <> (SELECT organisation_id FROM governance.user_account WHERE username = 'linkworker')
                ORDER BY o.name DESC LIMIT 1""").query(UUID.class).single();
        accounts.ensureAccount(new Accounts.NewAccount("spellingworker", "Spelling Worker", null,
                "long-enough-password", Role.LINK_WORKER, otherEmployer));
        mvc.perform(multipart("/outreach").file(csv("given_name,family_name,date_of_birth,postcode\n"
                + "Morwenna,Trebilcock,1939-03-03,TR3 6AA\n")).param("name", "Their list").with(csrf())
                .with(user(as("spellingworker"))));
        UUID theirCheck = jdbc.sql("""
                SELECT c.id FROM access.welfare_check c JOIN people.person p ON p.id = c.person_id
                WHERE p.match_given_name = 'morwenna' AND p.match_family_name = 'trebilcock'""").query(UUID.class).single();
        mvc.perform(post("/outreach/checks/" + theirCheck + "/contacts").param("outcome", "SPOKE_NO_NEEDS")
                .param("note", "Neighbour shops for her").with(csrf()).with(user(as("spellingworker"))));

        // Our list spells her name differently: a second record, not linked automatically...
        mvc.perform(multipart("/outreach").file(csv("given_name,family_name,date_of_birth,postcode\n"
                + "Morwena,Trebilcock,1939-03-03,TR3 6AA\n")).param("name", "Our spelling").with(csrf())
                .with(user(as("linkworker"))));
        UUID ourCheck = jdbc.sql("""
                SELECT c.id FROM access.welfare_check c JOIN people.person p ON p.id = c.person_id
                WHERE p.match_given_name = 'morwena' AND p.match_family_name = 'trebilcock'""").query(UUID.class).single();
        // ...but shown, with the call already made, before anyone calls her again.
        mvc.perform(get("/outreach/checks/" + ourCheck).with(user(as("linkworker"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Possibly the same person, recorded separately")))
                .andExpect(content().string(Matchers.containsString("Morwenna Trebilcock")))
                .andExpect(content().string(Matchers.containsString("names spelt differently")))
                .andExpect(content().string(Matchers.containsString("Neighbour shops for her")));
    }

    @Test
    void recordingAContactWithoutAnOutcomeIsExplained() throws Exception {
        String list = "given_name,family_name,date_of_birth,postcode\nSelina,Mitchell,1939-03-03,EX1 1AA\n";
        mvc.perform(multipart("/outreach").file(csv(list)).param("name", "One").with(csrf()).with(user(as("manager"))));
        UUID check = jdbc.sql("""
                SELECT c.id FROM access.welfare_check c JOIN people.person p ON p.id = c.person_id
                WHERE p.match_family_name = 'mitchell'""").query(UUID.class).single();
        mvc.perform(post("/outreach/checks/" + check + "/contacts").param("note", "kept text").with(csrf())
                        .with(user(as("manager"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose what happened when you made contact")))
                .andExpect(content().string(Matchers.containsString("kept text")));
    }

    @Test
    void aLongListIsPagedFiftyAtATimeKeepingTheFilter() throws Exception {
        StringBuilder csv = new StringBuilder("given_name,family_name,date_of_birth,postcode\n");
        for (int i = 0; i < 55; i++) {
            csv.append("Paged,Zzpagedperson").append((char) ('a' + i / 26)).append((char) ('a' + i % 26))
                    .append(",1940-01-01,TR1 1AA\n");
        }
        mvc.perform(multipart("/outreach").file(csv(csv.toString())).param("name", "Long list").with(csrf())
                .with(user(as("manager"))));
        UUID list = jdbc.sql("SELECT id FROM access.outreach_list WHERE name = 'Long list'").query(UUID.class).single();
        mvc.perform(get("/outreach/" + list).param("open", "true").with(user(as("manager"))))
                .andExpect(content().string(Matchers.containsString("Showing 1 to 50 of 55 results")))
                .andExpect(content().string(Matchers.containsString("open=true&amp;page=2")));
        mvc.perform(get("/outreach/" + list).param("open", "true").param("page", "2").with(user(as("manager"))))
                .andExpect(content().string(Matchers.containsString("Showing 51 to 55 of 55 results")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"referrer", "provider", "icslead", "researcher", "admin"})
    void onlyPractitionersAndManagersDoOutreach(String username) throws Exception {
        mvc.perform(get("/outreach").with(user(as(username)))).andExpect(status().isForbidden());
        mvc.perform(multipart("/outreach").file(csv(LIST)).param("name", "x").with(csrf()).with(user(as(username))))
                .andExpect(status().isForbidden());
    }
}
