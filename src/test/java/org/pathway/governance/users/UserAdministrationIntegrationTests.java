package org.pathway.governance.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.pathway.support.SignIns;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@PathwayIntegrationTest
class UserAdministrationIntegrationTests {

    @Autowired
    SignIns signIns;

    static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;


    @Autowired
    UserAdministration administration;

    @Test
    void administratorCreatesAUserWhoCanThenSignIn() throws Exception {
        UUID practice = organisation("Riverside PCN");
        String username = unique("jo.bloggs");

        MvcResult created = createUser(username, "Jo Bloggs", "jo@example.nhs.uk", "LINK_WORKER", practice.toString(),
                PASSWORD)
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/admin/users/*"))
                .andExpect(flash().attribute("flash", containsString("Account created for " + username)))
                .andReturn();

        followRedirect(created)
                .andExpect(content().string(allOf(containsString("Account created for " + username),
                        containsString("nhsuk-notification-banner--success"), containsString("Jo Bloggs"), containsString("Link worker"),
                        containsString(name(practice)), containsString("Enabled"), containsString("Never"))));
        signIn(username, PASSWORD).andExpect(authenticated().withUsername(username));
    }

    @Test
    void duplicateUsernameIsRefusedWhateverItsCaseAndTheFormKeepsWhatWasTyped() throws Exception {
        String username = unique("dup");
        createUser(username, "First Person", "", "ADMINISTRATOR", "", PASSWORD).andExpect(status().isFound());

        createUser(username.toUpperCase(), "Second Person", "second@example.nhs.uk", "ADMINISTRATOR", "",
                "another-long-password")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("There is a problem"),
                        containsString("A user with this username already exists"),
                        containsString("value=\"" + username.toUpperCase() + "\""),
                        containsString("value=\"Second Person\""),
                        containsString("value=\"second@example.nhs.uk\""),
                        not(containsString("another-long-password")))));
        assertThat(accountsNamed(username)).isEqualTo(1);
    }

    @Test
    void weakPasswordsAreRefusedWithAMessageByTheField() throws Exception {
        String username = unique("weak.password.person");
        createUser(username, "Weak Password", "", "ADMINISTRATOR", "", "short-pw")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Password must be 12 characters or more"),
                        containsString("href=\"#password\""), not(containsString("short-pw")))));
        createUser(username, "Weak Password", "", "ADMINISTRATOR", "", username.toUpperCase())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Password must not be the same as the username")));
        assertThat(accountsNamed(username)).isZero();
    }

    @Test
    void everyRoleButAdministratorNeedsAnOrganisationFromTheList() throws Exception {
        String username = unique("no.org");
        createUser(username, "No Organisation", "", "REFERRER", "", PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the organisation this user works for")));
        createUser(username, "No Organisation", "", "REFERRER", UUID.randomUUID().toString(), PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select an organisation from the list")));
        String page = createUser(username, "", "not-an-email", "", "", PASSWORD)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // The error summary lists the problems in the order of the fields on the page.
        String summary = page.substring(page.indexOf("nhsuk-error-summary"), page.indexOf("<h1>"));
        assertThat(summary).containsSubsequence("href=\"#displayName\">Enter their full name",
                "href=\"#email\">Enter an email address in the correct format", "href=\"#role\">Select a role");
        assertThat(page).contains("value=\"not-an-email\"");
        assertThat(accountsNamed(username)).isZero();

        createUser(username, "No Organisation", "", "ADMINISTRATOR", "", PASSWORD).andExpect(status().isFound());
    }

    @Test
    void disabledUserCannotSignInUntilEnabledAgain() throws Exception {
        String username = unique("leaver");
        UUID id = idOf(createUser(username, "Leaver", "", "REFERRER", organisation("Hillside Surgery").toString(),
                PASSWORD));

        mvc.perform(post("/admin/users/{id}/disable", id).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id))
                .andExpect(flash().attribute("flash", containsString("disabled")));
        signIn(username, PASSWORD).andExpect(redirectedUrl("/sign-in?error=disabled")).andExpect(unauthenticated());
        mvc.perform(get("/admin/users/{id}", id).with(admin()))
                .andExpect(content().string(allOf(containsString("Disabled"), containsString("Enable account"))));

        mvc.perform(post("/admin/users/{id}/enable", id).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        signIn(username, PASSWORD).andExpect(authenticated().withUsername(username));
    }

    @Test
    void disablingAUserEndsTheSessionTheyAlreadyHave() throws Exception {
        String username = unique("signed.in");
        UUID id = idOf(createUser(username, "Signed In", "", "ADMINISTRATOR", "", PASSWORD));
        Cookie[] session = signIn(username, PASSWORD).andReturn().getResponse().getCookies();
        assertThat(session).as("the session cookie").isNotEmpty();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/{id}/disable", id).with(admin()).with(csrf())).andExpect(status().isFound());

        mvc.perform(get("/").cookie(session)).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/sign-in*"));
    }

    @Test
    void administratorCannotDisableThemself() throws Exception {
        UUID adminId = idOfUsername("admin");
        MvcResult refused = mvc.perform(post("/admin/users/{id}/disable", adminId).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + adminId))
                .andExpect(flash().attribute("problem", "You cannot disable your own account"))
                .andReturn();
        followRedirect(refused)
                .andExpect(content().string(allOf(containsString("You cannot disable your own account"),
                        not(containsString("Disable account")))));
        assertThat(jdbc.sql("SELECT enabled FROM governance.user_account WHERE username = 'admin'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void administratorCannotChangeTheirOwnRole() throws Exception {
        UUID adminId = idOfUsername("admin");
        mvc.perform(post("/admin/users/{id}/edit", adminId).with(admin()).with(csrf())
                        .param("displayName", "Demo Administrator").param("email", "")
                        .param("role", "RESEARCHER").param("organisationId", organisation("Somewhere").toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot change your own role")));
        assertThat(jdbc.sql("SELECT role FROM governance.user_account WHERE username = 'admin'")
                .query(String.class).single()).isEqualTo("ADMINISTRATOR");
    }

    @Test
    void unlockClearsALockoutSoTheUserCanSignInAtOnce() throws Exception {
        String username = unique("forgetful");
        UUID id = idOf(createUser(username, "Forgetful", "", "ADMINISTRATOR", "", PASSWORD));
        for (int i = 0; i < 5; i++) {
            signIn(username, "wrong-password-" + i);
        }
        signIn(username, PASSWORD).andExpect(redirectedUrl("/sign-in?error=locked"));
        mvc.perform(get("/admin/users/{id}", id).with(admin()))
                .andExpect(content().string(allOf(containsString("Locked"), containsString("Unlock account"))));
        mvc.perform(get("/admin/users").param("q", username).with(admin()))
                .andExpect(content().string(containsString("Locked")));

        mvc.perform(post("/admin/users/{id}/unlock", id).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id))
                .andExpect(flash().attribute("flash", containsString("unlocked")));

        signIn(username, PASSWORD).andExpect(authenticated().withUsername(username));
        assertThat(auditDetails(username)).anyMatch(d -> d.equals("account unlocked"));
    }

    @Test
    void resetPasswordReplacesTheOldOneAndRefusesAWeakOne() throws Exception {
        String username = unique("reset.me");
        UUID id = idOf(createUser(username, "Reset Me", "", "ADMINISTRATOR", "", PASSWORD));

        mvc.perform(post("/admin/users/{id}/password", id).with(admin()).with(csrf()).param("password", "tiny"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Password must be 12 characters or more"),
                        not(containsString("value=\"tiny\"")))));
        signIn(username, PASSWORD).andExpect(authenticated());

        mvc.perform(post("/admin/users/{id}/password", id).with(admin()).with(csrf())
                        .param("password", "a-brand-new-passphrase"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        signIn(username, PASSWORD).andExpect(unauthenticated());
        signIn(username, "a-brand-new-passphrase").andExpect(authenticated().withUsername(username));
    }

    @Test
    void changingRoleAndOrganisationShowsInTheListAndIsAuditedWithoutPasswords() throws Exception {
        UUID first = organisation("Northgate PCN");
        UUID second = organisation("Southgate Community Trust");
        String username = unique("mover");
        UUID id = idOf(createUser(username, "Mover", "", "LINK_WORKER", first.toString(), PASSWORD));

        mvc.perform(get("/admin/users/{id}/edit", id).with(admin()))
                .andExpect(content().string(allOf(containsString("value=\"Mover\""),
                        containsString("<option value=\"" + first + "\" selected=\"selected\""))));
        mvc.perform(post("/admin/users/{id}/edit", id).with(admin()).with(csrf())
                        .param("displayName", "Mover").param("email", "mover@example.nhs.uk")
                        .param("role", "SERVICE_MANAGER").param("organisationId", second.toString()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(post("/admin/users/{id}/password", id).with(admin()).with(csrf())
                .param("password", "yet-another-passphrase")).andExpect(status().isFound());

        mvc.perform(get("/admin/users").param("q", username).with(admin()))
                .andExpect(content().string(allOf(containsString("Service manager"),
                        containsString("Southgate Community Trust"), not(containsString("Northgate PCN")))));

        List<String> details = auditDetails(username);
        assertThat(details).anyMatch(d -> d.startsWith("account created: role Link worker, organisation Northgate PCN"));
        assertThat(details).anyMatch(d -> d.contains("role changed from Link worker to Service manager")
                && d.contains("organisation changed from Northgate PCN") && d.contains("email changed"));
        assertThat(details).anyMatch(d -> d.startsWith("password reset by an administrator"));
        assertThat(details).noneMatch(d -> d.contains(PASSWORD) || d.contains("yet-another-passphrase")
                || d.contains("{bcrypt}") || d.contains("$2a$"));
        assertThat(jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE record_type = 'user' AND record_id = ? "
                + "AND action = 'CHANGE' AND actor = 'admin'").param(username).query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void listSearchesByUsernameOrNameFiltersByRoleAndPagesBy25() throws Exception {
        String prefix = unique("pager");
        for (int i = 1; i <= 30; i++) {
            jdbc.sql("""
                    INSERT INTO governance.user_account (id, username, display_name, password_hash, role)
                    VALUES (?, ?, ?, '{noop}x', 'ADMINISTRATOR')""")
                    .params(UUID.randomUUID(), prefix + "-" + String.format("%02d", i), "Paged Person " + i).update();
        }
        mvc.perform(get("/admin/users").param("q", prefix.toUpperCase()).with(admin()))
                .andExpect(content().string(allOf(containsString("Showing 1 to 25 of 30 users"),
                        containsString(prefix + "-25"), not(containsString(prefix + "-26")),
                        containsString("nhsuk-pagination"), containsString("page=2"))));
        mvc.perform(get("/admin/users").param("q", prefix).param("page", "2").with(admin()))
                .andExpect(content().string(allOf(containsString("Showing 26 to 30 of 30 users"),
                        containsString(prefix + "-30"), not(containsString(prefix + "-25<")))));
        mvc.perform(get("/admin/users").param("q", "Paged Person 7").with(admin()))
                .andExpect(content().string(containsString(prefix + "-07")));
        mvc.perform(get("/admin/users").param("role", "RESEARCHER").with(admin()))
                .andExpect(content().string(allOf(containsString(">researcher<"), not(containsString(">admin<")),
                        not(containsString(prefix)))));
        mvc.perform(get("/admin/users").param("q", "nobody-is-called-this").with(admin()))
                .andExpect(content().string(containsString("No users match your search")));
    }

    @Test
    @WithUserDetails("linkworker")
    void theServiceItselfRefusesSomeoneWithoutThePermission() {
        UUID researcher = idOfUsername("researcher");
        assertThatThrownBy(() -> administration.search("", Optional.empty(), 1))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.disable(researcher)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(jdbc.sql("SELECT enabled FROM governance.user_account WHERE id = ?").param(researcher)
                .query(Boolean.class).single()).isTrue();
    }

    private ResultActions createUser(String username, String displayName, String email, String role,
            String organisationId, String password) throws Exception {
        return mvc.perform(post("/admin/users").with(admin()).with(csrf())
                .param("username", username).param("displayName", displayName).param("email", email)
                .param("role", role).param("organisationId", organisationId).param("password", password));
    }

    /** Follows a POST-redirect-GET in the same session, so the flash message comes along as in a browser. */
    private ResultActions followRedirect(MvcResult posted) throws Exception {
        Cookie[] session = posted.getResponse().getCookies();
        assertThat(session).as("the session cookie").isNotEmpty();
        return mvc.perform(get(posted.getResponse().getRedirectedUrl()).with(admin()).cookie(session))
                .andExpect(status().isOk());
    }

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/sign-in").param("username", username).param("password", password).with(csrf()));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return signIns.as("admin");
    }

    private UUID idOf(ResultActions created) throws Exception {
        String location = created.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private UUID idOfUsername(String username) {
        return jdbc.sql("SELECT id FROM governance.user_account WHERE username = ?").param(username)
                .query(UUID.class).single();
    }

    private long accountsNamed(String username) {
        return jdbc.sql("SELECT count(*) FROM governance.user_account WHERE lower(username) = lower(?)")
                .param(username).query(Long.class).single();
    }

    private List<String> auditDetails(String username) {
        return jdbc.sql("SELECT detail FROM governance.audit_event WHERE record_type = 'user' AND record_id = ? "
                + "AND action = 'CHANGE' ORDER BY id").param(username).query(String.class).list();
    }

    /** An organisation a user can be scoped to (the workforce module's table, which the port reads). */
    private UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO workforce.organisation (id, kind, name) VALUES (?, 'PCN', ?)").params(id, name).update();
        return id;
    }

    private String name(UUID organisation) {
        return jdbc.sql("SELECT name FROM workforce.organisation WHERE id = ?").param(organisation)
                .query(String.class).single();
    }

    private static String unique(String base) {
        return base + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100_000, 36);
    }
}
