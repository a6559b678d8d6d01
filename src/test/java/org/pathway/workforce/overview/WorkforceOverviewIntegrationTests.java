package org.pathway.workforce.overview;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.pathway.governance.Accounts;
import org.pathway.governance.Role;
import org.pathway.platform.UkTime;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.Contracting;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.Equipment;
import org.pathway.workforce.EquipmentItem;
import org.pathway.workforce.FundingSource;
import org.pathway.workforce.OrganisationCommand;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationStructure;
import org.pathway.workforce.PractitionerCommand;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.Pulse;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.TimeUse;
import org.pathway.workforce.loading.WorkforceLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ICS lead's workforce view, for an ICS of the test's own: six subcontracted VCSE practitioners, five in an NHS
 * trust, two in a council. Every share, the suppression of small groups and of the group that would give them away.
 */
@PathwayIntegrationTest
class WorkforceOverviewIntegrationTests {

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
    Equipment equipment;

    @Autowired
    Pulse pulse;

    static boolean built;

    OrganisationId employer(OrganisationId overviewIcs, String name, EmployerType type, Contracting contracting) {
        return TestIcs.as(ics.user("admin"), () -> organisations.create(new OrganisationCommand(
                OrganisationKind.EMPLOYER, name, null, overviewIcs, type, contracting, FundingSource.MIXED, "PL4 1AA")));
    }

    List<PractitionerId> practitioners(String prefix, OrganisationId employer, ServiceId service, int count) {
        List<PractitionerId> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            UUID account = accounts.ensureAccount(new Accounts.NewAccount(prefix + i, prefix + " " + i, null,
                    TestIcs.PASSWORD, Role.LINK_WORKER, employer.value()));
            PractitionerId id = new PractitionerId(UUID.randomUUID());
            workforce.load(new WorkforceLoader.Batch(List.of(), List.of(), List.of(new WorkforceLoader.NewPractitioner(
                    id, new PractitionerCommand(prefix + " " + i, "Link Worker", employer, Set.of(service),
                            BigDecimal.ONE), account))));
            ids.add(id);
        }
        return ids;
    }

    void equip(PractitionerId practitioner, LocalDate on) {
        var admin = ics.user("admin");
        for (EquipmentItem item : List.of(EquipmentItem.LAPTOP, EquipmentItem.WORK_MOBILE, EquipmentItem.VIDEO_LICENCE,
                EquipmentItem.REMOTE_RECORD_ACCESS)) {
            TestIcs.as(admin, () -> {
                equipment.provide(practitioner, item, on, admin);
                return null;
            });
        }
    }

    @BeforeEach
    void buildIcs() {
        if (built) {
            return;
        }
        OrganisationId overviewIcs = TestIcs.as(new org.pathway.governance.PathwayUser(UUID.randomUUID(), "setup",
                "Setup", Role.ADMINISTRATOR, null, null, true, false), () -> organisations.create(
                new OrganisationCommand(OrganisationKind.ICS, "Overview ICS", "QZ9", null, null, null, null, "PL4 1AA")));
        accounts.ensureAccount(new Accounts.NewAccount("overviewlead", "Olive Lead", null, TestIcs.PASSWORD,
                Role.ICS_LEAD, overviewIcs.value()));
        OrganisationId vcse = employer(overviewIcs, "Sub VCSE", EmployerType.VCSE, Contracting.SUB_CONTRACTED);
        OrganisationId trust = employer(overviewIcs, "Overview Trust", EmployerType.NHS_TRUST, Contracting.DIRECT);
        OrganisationId council = employer(overviewIcs, "Overview Council", EmployerType.LOCAL_AUTHORITY,
                Contracting.DIRECT);
        var admin = ics.user("admin");
        ServiceId service = TestIcs.as(admin, () -> services.create(new ServiceCommand("Overview Service", vcse,
                AccessModel.OPEN, null, null, null, null, null, false, Set.of(), EngagementModel.RELATIONAL, null, 12,
                30, "For the overview test"), admin));
        List<PractitionerId> vcseWorkers = practitioners("ovvcse", vcse, service, 6);
        List<PractitionerId> trustWorkers = practitioners("ovtrust", trust, service, 5);
        practitioners("ovcouncil", council, service, 2);
        // On 1 April 2020: half the VCSE's six equipped, every trust practitioner equipped.
        vcseWorkers.subList(0, 3).forEach(p -> equip(p, LocalDate.of(2020, 3, 1)));
        vcseWorkers.get(3).value();
        equip(vcseWorkers.get(4), LocalDate.of(2020, 9, 1));
        trustWorkers.forEach(p -> equip(p, LocalDate.of(2019, 1, 1)));
        // Pulse: five VCSE answers, wellbeing 3, 4, 2, 5, 1 (mean 3.0), workload 2 each.
        LocalDate today = UkTime.today(Clock.systemUTC());
        int[] wellbeing = {3, 4, 2, 5, 1};
        for (int i = 0; i < 5; i++) {
            var user = signIns.user("ovvcse" + (i + 1));
            int score = wellbeing[i];
            TestIcs.as(user, () -> {
                pulse.answer(new Pulse.Answers(2, 3, 3, 3, score, null), today, user);
                return null;
            });
        }
        // Time use this week: five VCSE practitioners 30 core + 6 welfare, the sixth 20 + 16; four of the trust's.
        for (int i = 1; i <= 6; i++) {
            record("ovvcse" + i, i == 6 ? 20 : 30, i == 6 ? 16 : 6, today);
        }
        for (int i = 1; i <= 4; i++) {
            record("ovtrust" + i, 35, 1, today);
        }
        built = true;
    }

    @Autowired
    TimeUse timeUse;

    void record(String username, int core, int welfare, LocalDate today) {
        var user = signIns.user(username);
        TestIcs.as(user, () -> {
            timeUse.record(TimeUse.weekOf(today), new TimeUse.Hours(BigDecimal.valueOf(core),
                    BigDecimal.valueOf(welfare), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), false, today, user);
            return null;
        });
    }

    @Test
    void readinessOnAPastDateByEmployerWithSmallGroupsSuppressed() throws Exception {
        mvc.perform(get("/workforce").param("onDay", "1").param("onMonth", "4").param("onYear", "2020")
                        .with(signIns.as("overviewlead")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ready to work remotely on 1 April 2020"),
                        // VCSE subcontracted: 6 practitioners, 3 of them ready on that day
                        matchesPattern("(?s).*VCSE, subcontracted by PCNs</th>\\s*<td[^>]*>6</td>\\s*<td[^>]*>50%</td>"
                                + "\\s*<td[^>]*>50%</td>\\s*<td[^>]*>50%</td>\\s*<td[^>]*>50%</td>\\s*<td[^>]*>50%</td>.*"),
                        // the council's two are too few; the trust is withheld so they cannot be worked out
                        matchesPattern("(?s).*Local authority</th>\\s*<td[^>]*>Fewer than 5</td>.*"),
                        matchesPattern("(?s).*NHS trust</th>\\s*<td[^>]*>Withheld</td>.*"),
                        // all 13: 3 VCSE and 5 trust ready = 8 of 13 = 62%
                        matchesPattern("(?s).*All practitioners</th>\\s*<td[^>]*>13</td>(\\s*<td[^>]*>62%</td>){5}.*"),
                        containsString("readiness-data"), not(containsString("ovvcse")))));
        // in September the fifth VCSE practitioner had everything too: 4 of 6 = 67%
        mvc.perform(get("/workforce").param("onDay", "1").param("onMonth", "10").param("onYear", "2020")
                        .with(signIns.as("overviewlead")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*VCSE, subcontracted by PCNs</th>\\s*<td[^>]*>6</td>(\\s*<td[^>]*>67%</td>){5}.*")));
    }

    @Test
    void pulseMeansAreShownOnlyFromFiveAnswersOrMore() throws Exception {
        mvc.perform(get("/workforce").with(signIns.as("overviewlead"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        matchesPattern("(?s).*VCSE, subcontracted by PCNs</th>\\s*<td[^>]*>6</td>\\s*<td[^>]*>100%</td>"
                                + "\\s*<td[^>]*>100%</td>\\s*<td[^>]*>3.0</td>\\s*<td[^>]*>2.0</td>.*"),
                        matchesPattern("(?s).*Open services</th>\\s*<td[^>]*>13</td>\\s*<td[^>]*>100%</td>"
                                + "\\s*<td[^>]*>100%</td>\\s*<td[^>]*>3.0</td>.*"),
                        // the chart: training up to date for the VCSE (100) and the trust withheld (null)
                        containsString("{\"label\":\"Mandatory training up to date\",\"data\":[100,null,null]}"),
                        // wellbeing by quarter: this quarter's five VCSE answers, each practitioner once
                        containsString("{\"label\":\"VCSE, subcontracted by PCNs\",\"data\":[3.00]}"),
                        matchesPattern("(?s).*<th scope=\"row\">" + WorkforceOverviewController.quarter(
                                LocalDate.now().withDayOfMonth(1).withMonth(((LocalDate.now().getMonthValue() - 1) / 3)
                                        * 3 + 1)) + "</th>\\s*<td[^>]*>3.0</td>.*"))));
    }

    @Test
    void timeOnOtherWorkByQuarterIsShownFromFivePractitionersRecording() throws Exception {
        LocalDate quarter = TimeUse.weekOf(UkTime.today(Clock.systemUTC())).withDayOfMonth(1);
        quarter = quarter.withMonth((quarter.getMonthValue() - 1) / 3 * 3 + 1);
        mvc.perform(get("/workforce").with(signIns.as("overviewlead"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        // VCSE: 46 hours of other work in 216 = 21%; the trust's four are too few to show
                        containsString("{\"label\":\"VCSE, subcontracted by PCNs\",\"data\":[21.00]}"),
                        containsString("{\"label\":\"NHS trust\",\"data\":[null]}"),
                        matchesPattern("(?s).*Share of recorded hours on other work by quarter.*<th scope=\"row\">"
                                + WorkforceOverviewController.quarter(quarter)
                                + "</th>\\s*<td[^>]*>21%</td>\\s*<td[^>]*>Fewer than 5</td>.*"))));
    }

    @Test
    void theViewIsTheIcsLeadsAndShowsOnlyTheirIcs() throws Exception {
        mvc.perform(get("/workforce").with(signIns.as("icslead"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Sub VCSE"))));
        for (String role : new String[] {"admin", "manager", "linkworker", "referrer", "provider", "researcher"}) {
            mvc.perform(get("/workforce").with(signIns.as(role))).andExpect(status().isForbidden());
        }
    }
}
