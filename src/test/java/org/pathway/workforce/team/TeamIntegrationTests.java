package org.pathway.workforce.team;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.engagement.cases.CaseTestSupport;
import org.pathway.governance.Accounts;
import org.pathway.governance.Role;
import org.pathway.people.PersonDetails;
import org.pathway.platform.UkTime;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.Contracting;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.FundingSource;
import org.pathway.workforce.OrganisationCommand;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationStructure;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.loading.WorkforceLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The line manager's team page, for a team the test builds itself (an employer, a service with a cap of 2 per full-time
 * practitioner, three practitioners): each number on it, and who may see it.
 */
@PathwayIntegrationTest
class TeamIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestIcs ics;

    @Autowired
    SignIns signIns;

    @Autowired
    OrganisationStructure organisations;

    @Autowired
    ServiceCatalogue services;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkforceLoader workforce;

    @Autowired
    ApplicationContext context;

    static boolean built;
    static PractitionerId ada;
    static PractitionerId ben;
    static PractitionerId cai;

    PractitionerId practitioner(String username, String name, OrganisationId employer, ServiceId service, String fte) {
        UUID account = accounts.ensureAccount(new Accounts.NewAccount(username, name, null, TestIcs.PASSWORD,
                Role.LINK_WORKER, employer.value()));
        PractitionerId id = new PractitionerId(UUID.randomUUID());
        workforce.load(new WorkforceLoader.Batch(List.of(), List.of(), List.of(new WorkforceLoader.NewPractitioner(id,
                new PractitionerCommand(name, "Link Worker", employer, Set.of(service), new BigDecimal(fte)),
                account))));
        return id;
    }

    @BeforeEach
    void buildTeam() throws Exception {
        if (built) {
            return;
        }
        var admin = ics.user("admin");
        OrganisationId employer = TestIcs.as(admin, () -> organisations.create(new OrganisationCommand(
                OrganisationKind.EMPLOYER, "Team Test Trust", null, ics.ics(), EmployerType.NHS_TRUST,
                Contracting.DIRECT, FundingSource.NHS_COMMISSIONED, "TR1 1ZZ")));
        ServiceId service = TestIcs.as(admin, () -> services.create(new ServiceCommand("Team Test Service", employer,
                AccessModel.OPEN, null, null, null, null, null, false, Set.of(ics.northPcn()),
                EngagementModel.RELATIONAL, null, 12, 2, "For the team page test"), admin));
        accounts.ensureAccount(new Accounts.NewAccount("teammanager", "Tess Manager", null, TestIcs.PASSWORD,
                Role.SERVICE_MANAGER, employer.value()));
        ada = practitioner("teamada", "Ada Able", employer, service, "1.0");
        ben = practitioner("teamben", "Ben Busy", employer, service, "0.5");
        cai = practitioner("teamcai", "Cai Calm", employer, service, "1.0");
        // Ben has 2 open cases against a cap of 1 (0.5 FTE x 2); Ada 1 of 2; Cai none.
        CaseTestSupport cases = CaseTestSupport.from(context);
        LocalDate born = LocalDate.of(1950, 5, 1);
        cases.openCase(service.value(), ben.value(), PersonDetails.of("Team", "One", born, null, null));
        cases.openCase(service.value(), ben.value(), PersonDetails.of("Team", "Two", born, null, null));
        cases.openCase(service.value(), ada.value(), PersonDetails.of("Team", "Three", born, null, null));
        // Supervision: clinical every 4 weeks; only Ada has had a session. Equipment: only Cai is fully equipped.
        mvc.perform(post("/services/" + service + "/supervision").with(csrf()).with(signIns.as("teammanager"))
                .param("weeks-CLINICAL", "4"));
        LocalDate today = UkTime.today(Clock.systemUTC());
        LocalDate week = today.minusWeeks(1);
        mvc.perform(post("/practitioners/" + ada + "/supervision").with(csrf()).with(signIns.as("teammanager"))
                .param("kind", "CLINICAL").param("heldDay", "" + week.getDayOfMonth())
                .param("heldMonth", "" + week.getMonthValue()).param("heldYear", "" + week.getYear())
                .param("supervisor", "Dr Kay").param("minutes", "60"));
        for (String item : new String[] {"LAPTOP", "WORK_MOBILE", "VIDEO_LICENCE", "REMOTE_RECORD_ACCESS"}) {
            mvc.perform(post("/practitioners/" + cai + "/equipment").with(csrf()).with(signIns.as("teammanager"))
                    .param("item", item).param("change", "PROVIDED").param("onDay", "1").param("onMonth", "3")
                    .param("onYear", "2020"));
        }
        // Pulse: Ben answers (wellbeing 2, workload 1).
        mvc.perform(post("/practitioners/" + ben + "/pulse").with(csrf()).with(signIns.as("teamben"))
                .param("workload", "1").param("support", "3").param("clarity", "2").param("confidence", "4")
                .param("wellbeing", "2"));
        built = true;
    }

    @Test
    void theTeamPageCountsWhatNeedsTheManagersAttention() throws Exception {
        mvc.perform(get("/team").with(signIns.as("teammanager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Team Test Trust"),
                        containsString("3 practitioners"), containsString("1 over their caseload cap"),
                        containsString("2 with supervision overdue"), containsString("2 not ready to work remotely"),
                        containsString("2 yet to answer the wellbeing pulse for this period"),
                        containsString("2 of 1"), containsString("1 of 2"), containsString("0 of 2"),
                        containsString("Wellbeing 2, workload 1"), containsString("team-pulse-data"),
                        // the chart's data: one period, Ben's answers are the team's means
                        containsString("{\"label\":\"Wellbeing\",\"data\":[2.00]}"),
                        not(containsString("Test Link Worker")))));
    }

    @Test
    void sortingPutsTheWorstFirst() throws Exception {
        mvc.perform(get("/team").param("sort", "caseload").with(signIns.as("teammanager")))
                .andExpect(content().string(matchesPattern("(?s).*Ben Busy.*Ada Able.*Cai Calm.*")));
        mvc.perform(get("/team").param("sort", "readiness").with(signIns.as("teammanager")))
                .andExpect(content().string(matchesPattern("(?s).*Ada Able.*Ben Busy.*Cai Calm.*")));
        mvc.perform(get("/team").param("sort", "supervision").with(signIns.as("teammanager")))
                .andExpect(content().string(matchesPattern("(?s).*Ben Busy.*Cai Calm.*Ada Able.*")));
        mvc.perform(get("/team").param("sort", "pulse").with(signIns.as("teammanager")))
                .andExpect(content().string(matchesPattern("(?s).*Ben Busy.*Ada Able.*Cai Calm.*")));
    }

    @Test
    void onlyServiceManagersHaveATeamPageAndOnlyTheirOwnTeamIsOnIt() throws Exception {
        mvc.perform(get("/team").with(signIns.as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Test Link Worker"), not(containsString("Ben Busy")))));
        for (String role : new String[] {"admin", "linkworker", "referrer", "provider", "icslead", "researcher"}) {
            mvc.perform(get("/team").with(signIns.as(role))).andExpect(status().isForbidden());
        }
    }
}
