package org.pathway.access.intake;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import org.pathway.governance.PathwayUser;
import org.pathway.shared.Need;
import org.pathway.support.TestIcs;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.ServiceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A test mother for intake: referral forms as a browser would post them, for the test ICS's Harbour Practice (the
 * referrer's practice, in North PCN: Test Connect and Test Connect 55+ cover it; its postcode district is TR1, as the
 * forms' postcode), and a boundaried service the ICS routes to first, for the tests of routing.
 */
final class IntakeTestSupport {

    /** A boundaried service (55 and over, lonely) covering North PCN whose name sorts before Test Connect's. */
    static final String FIRST_BOUNDARIED_SERVICE = "Befriending 55+";

    final JdbcClient jdbc;
    final TestIcs ics;
    final String practice;

    IntakeTestSupport(TestIcs ics, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.ics = ics;
        this.practice = ics.harbourPractice().value().toString();
    }

    /**
     * Adds {@link #FIRST_BOUNDARIED_SERVICE} (once per context), as the ICS administrator adds a service: the ICS
     * routes a 70-year-old who is lonely there, and anyone younger past it to Test Connect. It changes routing for
     * North PCN, so only a test class with a context of its own may call it.
     */
    ServiceId firstBoundariedService(ServiceCatalogue services) {
        PathwayUser admin = ics.user("admin");
        return TestIcs.as(admin, () -> services.services().stream()
                .filter(s -> s.name().equals(FIRST_BOUNDARIED_SERVICE)).map(s -> s.id()).findFirst()
                .orElseGet(() -> services.create(new ServiceCommand(FIRST_BOUNDARIED_SERVICE, ics.employer(),
                        AccessModel.BOUNDARIED, 55, null, Set.of(Need.LONELINESS), null, null, false,
                        Set.of(ics.northPcn()), EngagementModel.RELATIONAL, null, 12, 30,
                        "Befriending for people aged 55 and over who feel lonely, in North PCN"), admin)));
    }

    /** A complete, valid staff referral for a 70-year-old who feels lonely, with a fresh submission key. */
    Map<String, String> staffForm(String given, String family) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("givenName", given);
        form.put("familyName", family);
        form.put("dobDay", "14");
        form.put("dobMonth", "2");
        form.put("dobYear", String.valueOf(java.time.LocalDate.now().getYear() - 71));
        form.put("nhsNumber", "");
        form.put("sex", "FEMALE");
        form.put("gender", "Woman");
        form.put("ethnicCategory", "A");
        form.put("postcode", "TR1 3LJ");
        form.put("phone", "07700 900982");
        form.put("email", "");
        form.put("preferredContact", "PHONE");
        form.put("communicationNeeds", "Large print");
        form.put("interpreterLanguage", "");
        form.put("gpPracticeId", practice);
        form.put("source", "GP");
        form.put("needs", "LONELINESS");
        form.put("context", "Lives alone since her husband died");
        form.put("urgent", "false");
        form.put("safeguardingConcern", "false");
        form.put("readyToWorkOnGoals", "YES");
        form.put("consentToReferral", "true");
        form.put("consentToContact", "true");
        form.put("consentToShareWithGp", "true");
        form.put("serviceId", "ICS");
        form.put("submissionKey", UUID.randomUUID().toString());
        return form;
    }

    Map<String, String> selfForm(String given, String family) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("givenName", given);
        form.put("familyName", family);
        form.put("dobDay", "3");
        form.put("dobMonth", "11");
        form.put("dobYear", "1950");
        form.put("postcode", "TR1 3LJ");
        form.put("phone", "01632 960001");
        form.put("email", "");
        form.put("preferredContact", "PHONE");
        form.put("gpPracticeId", practice);
        form.put("needs", "LONELINESS");
        form.put("anythingElse", "I have not been out much since my hip operation");
        form.put("consentToReferral", "true");
        form.put("consentToContact", "true");
        form.put("consentToShareWithGp", "false");
        form.put("submissionKey", UUID.randomUUID().toString());
        form.put("website", "");
        return form;
    }

    static MockHttpServletRequestBuilder posting(String url, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        form.forEach((name, value) -> {
            if (name.equals("needs") || name.equals("riskFlags") || name.equals("communicationNeeds")) {
                for (String v : value.split(",")) {
                    if (!v.isBlank()) {
                        request.param(name, v);
                    }
                }
            } else if (!(name.startsWith("consent") && !"true".equals(value))) {
                request.param(name, value);
            }
        });
        return request;
    }

    long referralsFor(String family) {
        return jdbc.sql("""
                SELECT count(*) FROM access.referral r WHERE r.person_id IN
                  (SELECT id FROM people.person WHERE family_name = ?)""").param(family).query(Long.class).single();
    }

    List<UUID> peopleNamed(String family) {
        return jdbc.sql("SELECT id FROM people.person WHERE family_name = ? ORDER BY created_at")
                .param(family).query(UUID.class).list();
    }

    long auditEntries(String actor, String action, String recordType, String recordId) {
        return jdbc.sql("""
                SELECT count(*) FROM governance.audit_event
                WHERE actor = ? AND action = ? AND record_type = ? AND record_id = ?""")
                .params(actor, action, recordType, recordId).query(Long.class).single();
    }
}
