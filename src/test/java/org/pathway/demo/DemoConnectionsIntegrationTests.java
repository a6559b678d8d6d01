package org.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pathway.DemoIntegrationTest;
import org.pathway.activities.ConnectionStatus;
import org.pathway.support.SignIns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's connections as loaded (moved here from activities' ConnectionsIntegrationTests, which runs on the test
 * ICS): every state of the loop, some for the demo link worker and for the demo provider to answer, and unmet needs.
 */
@DemoIntegrationTest
class DemoConnectionsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Test
    void theDemoHasConnectionsInEveryStateWithSomeForTheDemoProviderToAnswerAndUnmetNeeds() throws Exception {
        var statuses = jdbc.sql("SELECT DISTINCT status FROM activities.connection WHERE created_by LIKE 'Demo %'")
                .query(String.class).set();
        assertThat(statuses).containsExactlyInAnyOrder(Arrays.stream(ConnectionStatus.values())
                .map(Enum::name).toArray(String[]::new));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM activities.connection c JOIN engagement.case_episode e ON e.id = c.case_id
                JOIN workforce.practitioner p ON p.id = e.practitioner_id
                JOIN governance.user_account u ON u.id = p.user_account_id WHERE u.username = 'linkworker'""")
                .query(Long.class).single()).isPositive();
        mvc.perform(get("/directory/connections").with(signIns.as("provider"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("nhsuk-tag--blue\">Referred"),
                        containsString("Contact detail"))));
        assertThat(jdbc.sql("SELECT count(DISTINCT category) FROM activities.unmet_need WHERE recorded_by LIKE 'Demo %'")
                .query(Long.class).single()).isGreaterThan(2);
    }
}
