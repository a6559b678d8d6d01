package org.pathway.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.support.TestIcs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PathwayIntegrationTest
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signedOutVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void aUserSignsInWithStandardParametersAndIsAudited() throws Exception {
        mvc.perform(post("/sign-in").param("username", "linkworker").param("password", TestIcs.PASSWORD).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("linkworker"));
        assertThat(jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE actor = 'linkworker' AND action = 'SIGN_IN'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        // With no session the CSRF failure is treated as an expired session: back to sign-in, not signed in.
        mvc.perform(post("/sign-in").param("username", "linkworker").param("password", TestIcs.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?timedOut"))
                .andExpect(unauthenticated());
        mvc.perform(post("/sign-in").param("username", "linkworker").param("password", TestIcs.PASSWORD)
                        .session(new org.springframework.mock.web.MockHttpSession()))
                .andExpect(unauthenticated());
    }

    @Test
    void wrongPasswordReturnsToFormWithMessageAndIsAudited() throws Exception {
        mvc.perform(post("/sign-in").param("username", "researcher").param("password", "nope").with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in?error=invalid"))
                .andExpect(unauthenticated());
        assertThat(jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE actor = 'researcher' AND action = 'SIGN_IN_FAILED'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/sign-in").param("username", "icslead").param("password", "wrong" + i).with(csrf()));
        }
        mvc.perform(post("/sign-in").param("username", "icslead").param("password", TestIcs.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=locked"))
                .andExpect(unauthenticated());
        jdbc.sql("UPDATE governance.user_account SET failed_attempts = 0, locked_until = NULL WHERE username = 'icslead'")
                .update();
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("script-src 'self'"),
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void healthProbesAreUpAndReadinessChecksTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }
}
