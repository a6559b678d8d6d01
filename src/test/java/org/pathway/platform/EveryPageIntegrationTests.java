package org.pathway.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.governance.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sweeps every page Pathway serves (every GET mapping without a path variable): signed out, each one
 * sends the visitor to sign in unless it is on the short public list; signed in as each role, each one
 * either renders or refuses with 403 — never an error page. Per-role expectations for each page live in
 * the modules' own access tests; this test catches a page that nobody thought to protect.
 */
@PathwayIntegrationTest
class EveryPageIntegrationTests {

    static final Set<String> PUBLIC = Set.of("/sign-in", "/accessibility", "/error", "/self-referral", "/self-referral/sent");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    List<String> pages() {
        Set<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                info.getPatternValues().stream().filter(p -> !p.contains("{") && !p.contains("*")).forEach(pages::add);
            }
        });
        return List.copyOf(pages);
    }

    @Test
    void findsThePages() {
        assertThat(pages()).contains("/", "/sign-in", "/admin/users", "/admin/audit");
    }

    @Test
    void everyPageButThePublicOnesNeedsSignIn() throws Exception {
        for (String page : pages()) {
            if (page.equals("/error")) {
                continue; // only reached by forwarding from a failed request
            }
            MvcResult result = mvc.perform(get(page)).andReturn();
            int status = result.getResponse().getStatus();
            if (PUBLIC.contains(page) || page.startsWith("/hsds")) { // the open HSDS / Open Referral UK API
                assertThat(status).as(page).isLessThan(400);
            } else {
                assertThat(status).as(page + " signed out").isEqualTo(302);
                assertThat(result.getResponse().getRedirectedUrl()).as(page).endsWith("/sign-in");
            }
        }
    }

    @Test
    void everyPageRendersOrRefusesForEveryRole() throws Exception {
        for (Role role : Role.values()) {
            String username = switch (role) {
                case ADMINISTRATOR -> "admin";
                case SERVICE_MANAGER -> "manager";
                case LINK_WORKER -> "linkworker";
                case REFERRER -> "referrer";
                case COMMUNITY_PROVIDER -> "provider";
                case ICS_LEAD -> "icslead";
                case RESEARCHER -> "researcher";
            };
            for (String page : pages()) {
                if (page.equals("/error")) {
                    continue;
                }
                int status = mvc.perform(get(page).with(user(users.loadUserByUsername(username)))).andReturn()
                        .getResponse().getStatus();
                assertThat(status).as(page + " as " + username).isIn(200, 302, 403);
            }
        }
    }
}
