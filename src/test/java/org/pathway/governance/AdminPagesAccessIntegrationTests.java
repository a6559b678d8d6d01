package org.pathway.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.pathway.support.SignIns;
import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.PathwayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every administrator page and action, as every role: administrators get the page, everyone else a 403
 * (and nothing changes), and a signed-out visitor is sent to sign in.
 */
@PathwayIntegrationTest
class AdminPagesAccessIntegrationTests {

    @Autowired
    SignIns signIns;

    static final List<String> NOT_ADMINISTRATORS =
            List.of("manager", "linkworker", "referrer", "provider", "icslead", "researcher");

    /** Pages as path templates; {id} is the researcher's account. */
    static final List<String> PAGES = List.of("/admin/users", "/admin/users/new", "/admin/users/{id}",
            "/admin/users/{id}/edit", "/admin/users/{id}/password", "/admin/audit");

    /** Actions that would change something if allowed. */
    static final List<String> ACTIONS = List.of("/admin/users", "/admin/users/{id}/edit", "/admin/users/{id}/disable",
            "/admin/users/{id}/enable", "/admin/users/{id}/unlock", "/admin/users/{id}/password",
            "/admin/audit/verify");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    static Stream<Arguments> pagesForEveryone() {
        return PAGES.stream().flatMap(page -> NOT_ADMINISTRATORS.stream().map(role -> Arguments.of(page, role)));
    }

    static Stream<Arguments> actionsForEveryone() {
        return ACTIONS.stream().flatMap(page -> NOT_ADMINISTRATORS.stream().map(role -> Arguments.of(page, role)));
    }

    static Stream<String> pages() {
        return PAGES.stream();
    }

    static Stream<String> actions() {
        return ACTIONS.stream();
    }

    @ParameterizedTest(name = "administrator sees {0}")
    @MethodSource("pages")
    void administratorSeesThePage(String page) throws Exception {
        mvc.perform(get(path(page)).with(signIns.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<h1")))
                // The breadcrumbs appear once, above the page, and the page has no inline script or style.
                .andExpect(content().string(Matchers.containsString("nhsuk-breadcrumb")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("style=\""))));
    }

    @ParameterizedTest(name = "{1} is refused {0}")
    @MethodSource("pagesForEveryone")
    void otherRolesAreRefusedThePage(String page, String role) throws Exception {
        mvc.perform(get(path(page)).with(signIns.as(role)))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "{1} is refused POST {0}")
    @MethodSource("actionsForEveryone")
    void otherRolesAreRefusedTheActionAndNothingChanges(String action, String role) throws Exception {
        long lastBefore = lastAuditId();
        mvc.perform(post(path(action)).with(signIns.as(role)).with(csrf())
                        .param("username", "intruder-" + role).param("displayName", "Intruder")
                        .param("role", "ADMINISTRATOR").param("password", "a-long-enough-password")
                        .param("organisationId", ""))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM governance.user_account WHERE username LIKE 'intruder-%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT role, enabled FROM governance.user_account WHERE username = 'researcher'")
                .query((rs, i) -> rs.getString("role") + "/" + rs.getBoolean("enabled")).single())
                .isEqualTo("RESEARCHER/true");
        assertThat(jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE action IN ('CHANGE', 'VERIFY') "
                + "AND id > ?").param(lastBefore).query(Long.class).single()).isZero();
    }

    @ParameterizedTest(name = "administrator gets Page not found for {0}")
    @ValueSource(strings = {"/admin/users/00000000-0000-0000-0000-000000000000",
            "/admin/users/00000000-0000-0000-0000-000000000000/edit", "/admin/users/not-an-id"})
    void anUnknownAccountIsNotFound(String page) throws Exception {
        mvc.perform(get(page).accept(MediaType.TEXT_HTML).with(signIns.as("admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Page not found")));
    }

    @ParameterizedTest(name = "signed out visitor is sent to sign in from {0}")
    @MethodSource("pages")
    void signedOutVisitorIsSentToSignIn(String page) throws Exception {
        mvc.perform(get(path(page))).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
    }

    @ParameterizedTest(name = "signed out visitor cannot POST {0}")
    @MethodSource("actions")
    void signedOutVisitorCannotAct(String action) throws Exception {
        mvc.perform(post(path(action)).with(csrf()).param("username", "intruder-anonymous")
                        .param("displayName", "Intruder").param("role", "ADMINISTRATOR")
                        .param("password", "a-long-enough-password"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        assertThat(jdbc.sql("SELECT count(*) FROM governance.user_account WHERE username LIKE 'intruder-%'")
                .query(Long.class).single()).isZero();
    }

    private String path(String template) {
        UUID id = jdbc.sql("SELECT id FROM governance.user_account WHERE username = 'researcher'")
                .query(UUID.class).single();
        return template.replace("{id}", id.toString());
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM governance.audit_event").query(Long.class).single();
    }
}
