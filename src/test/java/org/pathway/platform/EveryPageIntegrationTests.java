package org.pathway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pathway.support.SignIns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * the modules' own access tests; this test catches a page that nobody thought to protect. The pages have something to
 * show: a referral waiting in triage, a case and a directory listing ({@link EveryPageData}).
 */
@PathwayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageIntegrationTests {

    @Autowired
    SignIns signIns;

    /** Pages anyone may open; "/directory" shows the public only the open directory's listings. */
    static final Set<String> PUBLIC = Set.of("/sign-in", "/accessibility", "/error", "/self-referral", "/self-referral/sent",
            "/directory");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.springframework.context.ApplicationContext context;

    EveryPageData.Built data;

    @BeforeAll
    void somethingOnEveryPage() {
        data = EveryPageData.build(context, "EveryPage");
    }

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

    /** The sweeps open pages with something on them, not only empty lists. */
    @Test
    void thePagesShowWhatWasBuiltForThem() throws Exception {
        // Triage counts the referrals waiting in each service: Test Connect has at least the one built here.
        assertThat(page("/triage", "linkworker")).containsPattern(
                ">" + org.pathway.support.TestIcs.SERVICE + "</a></td>\\s*<td[^>]*><span[^>]*>New </span>\\s*<span>[1-9]");
        assertThat(page("/caseload", "linkworker")).contains("EveryPageCase");
        assertThat(page("/directory", "referrer")).contains("EveryPage Lunch Club");
        assertThat(page("/directory/mine", "provider")).contains("EveryPage Lunch Club");
    }

    private String page(String url, String username) throws Exception {
        MvcResult result = mvc.perform(get(url).with(signIns.as(username))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url + " as " + username).isEqualTo(200);
        return result.getResponse().getContentAsString();
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
                int status = mvc.perform(get(page).with(signIns.as(username))).andReturn()
                        .getResponse().getStatus();
                assertThat(status).as(page + " as " + username).isIn(200, 302, 403);
            }
        }
    }

    /** The case pages of outcome measures, the plan and closure, for each role (they take a case id, so are listed here). */
    @Test
    void caseMeasuresPlanAndClosurePagesForEachRole() throws Exception {
        org.pathway.engagement.cases.CaseTestSupport cases = org.pathway.engagement.cases.CaseTestSupport.from(context);
        java.util.UUID caseId = cases.openCase("EveryPage");
        List<String> pages = List.of("/cases/" + caseId + "/measures",
                "/cases/" + caseId + "/measures/5e0a0000-0000-4000-8000-000000000002/record",
                "/cases/" + caseId + "/plan", "/cases/" + caseId + "/plan/print", "/cases/" + caseId + "/close",
                "/cases/" + caseId + "/connections");
        java.util.Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("linkworker", 200);
        expected.put("manager", 200);
        expected.put(org.pathway.engagement.cases.CaseTestSupport.OTHER_LINK_WORKER, 404);
        expected.put(org.pathway.engagement.cases.CaseTestSupport.OTHER_MANAGER, 404);
        for (String username : List.of("admin", "referrer", "provider", "icslead", "researcher")) {
            expected.put(username, 403);
        }
        for (String page : pages) {
            assertThat(mvc.perform(get(page)).andReturn().getResponse().getStatus()).as(page + " signed out").isEqualTo(302);
            for (var e : expected.entrySet()) {
                int status = mvc.perform(get(page).with(signIns.as(e.getKey()))).andReturn()
                        .getResponse().getStatus();
                assertThat(status).as(page + " as " + e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    /** A case's pages: its link worker and their manager see them; every other role is refused. */
    @Test
    void everyPageOfACaseRendersForThoseWhoWorkItAndIsRefusedToEveryoneElse() throws Exception {
        java.util.UUID caseId = data.caseId();
        List<String> pages = List.of("/cases/" + caseId, "/cases/" + caseId + "/contacts", "/cases/" + caseId + "/notes",
                "/cases/" + caseId + "/tasks");
        for (String username : List.of("linkworker", "manager", "admin", "referrer", "provider", "icslead", "researcher")) {
            for (String page : pages) {
                int status = mvc.perform(get(page).with(signIns.as(username))).andReturn()
                        .getResponse().getStatus();
                assertThat(status).as(page + " as " + username)
                        .isEqualTo(Set.of("linkworker", "manager").contains(username) ? 200 : 403);
            }
        }
        String allocation = "/cases/" + caseId + "/allocation";
        assertThat(mvc.perform(get(allocation).with(signIns.as("manager"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(allocation).with(signIns.as("linkworker"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }
}
