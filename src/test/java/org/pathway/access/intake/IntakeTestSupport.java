package org.pathway.access.intake;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Builds referral forms as a browser would post them, for a GP practice in Cornwall that Connect 55+ covers. */
final class IntakeTestSupport {

    final JdbcClient jdbc;
    final String practice;

    IntakeTestSupport(ReferralIntake intake, JdbcClient jdbc) {
        this.jdbc = jdbc;
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("test", null, "referrals:submit"));
        try {
            this.practice = intake.practices().stream().map(org.pathway.platform.web.Option::value)
                    .filter(p -> intake.staffChoices(org.pathway.workforce.OrganisationId.of(p)).services().stream()
                            .anyMatch(s -> s.name().equals("Connect 55+")))
                    .findFirst().orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
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
