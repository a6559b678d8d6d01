package org.pathway.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathway.support.SignIns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.governance.AuditLog;
import org.pathway.platform.UkTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

@PathwayIntegrationTest
class AuditLogPageIntegrationTests {

    @Autowired
    SignIns signIns;

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    AuditLogAdministration administration;


    @Autowired
    PlatformTransactionManager transactionManager;

    AuditTestEntries entries;

    @BeforeEach
    void setUp() {
        entries = new AuditTestEntries(jdbc, transactionManager);
    }

    @Test
    void searchByUserShowsOnlyThatUsersEntriesWhateverTheCase() throws Exception {
        String actor = unique("auditee");
        String other = unique("bystander");
        auditLog.record(actor, "VIEW", "person", "P-1", "looked at P-1 for " + actor);
        auditLog.record(other, "VIEW", "person", "P-2", "looked at P-2 for " + other);

        search("actor", actor.toUpperCase())
                .andExpect(content().string(allOf(containsString("looked at P-1 for " + actor),
                        not(containsString("looked at P-2")), containsString("Showing 1 entry"),
                        containsString("value=\"" + actor.toUpperCase() + "\""))));
    }

    @Test
    void searchByDateRangeUsesUkDaysAndIncludesBothEnds() throws Exception {
        String actor = unique("time.traveller");
        LocalDate today = LocalDate.now(UkTime.ZONE);
        entries.appendAt(noonOn(today.minusDays(10)), actor, "VIEW", "person", "P-3", "ten days ago");
        entries.appendAt(noonOn(today.minusDays(2)), actor, "VIEW", "person", "P-3", "two days ago");
        auditLog.record(actor, "VIEW", "person", "P-3", "just now");

        LocalDate from = today.minusDays(3);
        searchDates(actor, from, null)
                .andExpect(content().string(allOf(containsString("just now"), containsString("two days ago"),
                        not(containsString("ten days ago")))));
        LocalDate to = today.minusDays(2);
        searchDates(actor, today.minusDays(10), to)
                .andExpect(content().string(allOf(containsString("ten days ago"), containsString("two days ago"),
                        not(containsString("just now")))));
        searchDates(actor, today.plusDays(1), null)
                .andExpect(content().string(allOf(containsString("No entries found"),
                        containsString("No audit entries match your search"))));
    }

    @Test
    void invalidDatesAreExplainedAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(get("/admin/audit").with(admin()).param("actor", "someone")
                        .param("fromDay", "31").param("fromMonth", "2").param("fromYear", "2026")
                        .param("toDay", "1").param("toYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("There is a problem"),
                        containsString("href=\"#fromDay\">From date must be a real date"),
                        containsString("href=\"#toMonth\">To date must include a month"),
                        containsString("value=\"31\""), containsString("value=\"someone\""),
                        containsString("nhsuk-input--error"), not(containsString("audit-entry")))));
        mvc.perform(get("/admin/audit").with(admin())
                        .param("fromDay", "10").param("fromMonth", "11").param("fromYear", "2026")
                        .param("toDay", "9").param("toMonth", "11").param("toYear", "2026"))
                .andExpect(content().string(containsString("To date must be the same as or after the from date")));
        mvc.perform(get("/admin/audit").with(admin())
                        .param("fromDay", "1").param("fromMonth", "1").param("fromYear", "26"))
                .andExpect(content().string(containsString("From date year must include 4 numbers")));
    }

    @Test
    void searchByRecordWithOrWithoutItsType() throws Exception {
        String record = unique("REF");
        auditLog.record("someone", "CHANGE", "referral", record, "referral accepted");
        auditLog.record("someone", "CHANGE", "referral", unique("REF"), "another referral");

        mvc.perform(get("/admin/audit").with(admin()).param("recordType", "referral").param("recordId", record))
                .andExpect(content().string(allOf(containsString("referral accepted"),
                        not(containsString("another referral")), containsString("<option value=\"referral\" selected"))));
        mvc.perform(get("/admin/audit").with(admin()).param("recordId", record))
                .andExpect(content().string(allOf(containsString("referral accepted"),
                        not(containsString("another referral")))));
    }

    @Test
    void anEmptyResultSaysSo() throws Exception {
        search("actor", "nobody-has-this-name")
                .andExpect(content().string(allOf(containsString("No entries found"),
                        containsString("Clear search"), not(containsString("audit-entry")))));
    }

    @Test
    void pagesHold50EntriesNewestFirstWithOlderAndNewerLinks() throws Exception {
        String actor = unique("busy");
        for (int i = 1; i <= 60; i++) {
            auditLog.record(actor, "VIEW", "person", "P-" + i, String.format("busy entry %02d", i));
        }
        String first = search("actor", actor).andReturn().getResponse().getContentAsString();
        assertThat(count(first, "class=\"nhsuk-table__row audit-entry\"")).isEqualTo(50);
        assertThat(first).contains("busy entry 60", "busy entry 11").doesNotContain("busy entry 10");
        assertThat(first.indexOf("busy entry 60")).isLessThan(first.indexOf("busy entry 59"));
        assertThat(first).doesNotContain("rel=\"prev\"");

        String second = follow(first, "next");
        assertThat(count(second, "class=\"nhsuk-table__row audit-entry\"")).isEqualTo(10);
        assertThat(second).contains("busy entry 10", "busy entry 01").doesNotContain("busy entry 11")
                .doesNotContain("rel=\"next\"");

        String backAgain = follow(second, "prev");
        assertThat(count(backAgain, "class=\"nhsuk-table__row audit-entry\"")).isEqualTo(50);
        assertThat(backAgain).contains("busy entry 60", "busy entry 11").doesNotContain("rel=\"prev\"");
    }

    @Test
    void viewingTheAuditLogIsItselfAudited() throws Exception {
        String actor = unique("watched");
        search("actor", actor);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM governance.audit_event
                WHERE actor = 'admin' AND action = 'VIEW' AND record_type = 'audit_log' AND detail LIKE ?""")
                .param("%actor=" + actor + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void verifyingTheChainReportsItIntactAndIsAudited() throws Exception {
        long entriesBefore = jdbc.sql("SELECT count(*) FROM governance.audit_event").query(Long.class).single();
        var posted = mvc.perform(post("/admin/audit/verify").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/audit"))
                .andExpect(flash().attribute("flash", "The audit log is intact: " + entriesBefore + " entries checked"))
                .andReturn();
        mvc.perform(get("/admin/audit").with(admin()).cookie(posted.getResponse().getCookies()))
                .andExpect(content().string(allOf(containsString("nhsuk-notification-banner--success"),
                        containsString("The audit log is intact: " + entriesBefore + " entries checked"))));
        assertThat(jdbc.sql("SELECT detail FROM governance.audit_event WHERE action = 'VERIFY' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).startsWith("The audit log is intact");
    }

    @Test
    void theCommandLineCheckPrintsTheResultAndExitsZeroWhenIntact() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int[] exitCode = {-1};
        MockEnvironment env = new MockEnvironment().withProperty(AuditVerifyAndExit.PROPERTY, "");
        new AuditVerifyAndExit(verifier, env, code -> exitCode[0] = code,
                new PrintStream(printed, true, StandardCharsets.UTF_8)).run(null);

        assertThat(exitCode[0]).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("The audit log is intact: ");

        int[] notAsked = {-1};
        new AuditVerifyAndExit(verifier, new MockEnvironment(), code -> notAsked[0] = code, System.out).run(null);
        assertThat(notAsked[0]).as("no exit unless asked").isEqualTo(-1);
    }

    /**
     * As a superuser (the embedded database) the trigger refuses; as an ordinary role (production, CI's
     * PostgreSQL 15) the revoked privilege refuses first. Either way nothing changes.
     */
    static final String[] REFUSED = {"append-only", "permission denied"};

    @Test
    void theApplicationCannotChangeOrRemoveEntries() {
        long id = jdbc.sql("SELECT max(id) FROM governance.audit_event").query(Long.class).single();
        String detail = jdbc.sql("SELECT detail FROM governance.audit_event WHERE id = ?").param(id)
                .query(String.class).optional().orElse(null);

        assertThatThrownBy(() -> jdbc.sql("UPDATE governance.audit_event SET detail = 'rewritten' WHERE id = ?")
                .param(id).update()).isInstanceOf(DataAccessException.class).rootCause().message().containsAnyOf(REFUSED);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM governance.audit_event WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().message().containsAnyOf(REFUSED);
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE governance.audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().message().containsAnyOf(REFUSED);

        assertThat(jdbc.sql("SELECT detail FROM governance.audit_event WHERE id = ?").param(id)
                .query(String.class).optional().orElse(null)).isEqualTo(detail);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("researcher")
    void theServiceItselfRefusesSomeoneWithoutThePermission() {
        assertThatThrownBy(() -> administration.search(AuditSearch.Criteria.none(), Optional.empty(), Optional.empty()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.verifyChain()).isInstanceOf(AuthorizationDeniedException.class);
    }

    private ResultActions search(String name, String value) throws Exception {
        return mvc.perform(get("/admin/audit").with(admin()).param(name, value)).andExpect(status().isOk());
    }

    private ResultActions searchDates(String actor, LocalDate from, LocalDate to) throws Exception {
        var request = get("/admin/audit").with(admin()).param("actor", actor)
                .param("fromDay", String.valueOf(from.getDayOfMonth()))
                .param("fromMonth", String.valueOf(from.getMonthValue()))
                .param("fromYear", String.valueOf(from.getYear()));
        if (to != null) {
            request.param("toDay", String.valueOf(to.getDayOfMonth()))
                    .param("toMonth", String.valueOf(to.getMonthValue()))
                    .param("toYear", String.valueOf(to.getYear()));
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    /** Follows the pagination link with the given rel, as a user clicking "Older" or "Newer" would. */
    private String follow(String page, String rel) throws Exception {
        Matcher link = Pattern.compile("href=\"([^\"]+)\" rel=\"" + rel + "\"").matcher(page);
        assertThat(link.find()).as("a " + rel + " link").isTrue();
        String href = link.group(1).replace("&amp;", "&");
        return mvc.perform(get(java.net.URI.create(href)).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor admin() {
        return signIns.as("admin");
    }

    private static java.time.Instant noonOn(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(UkTime.ZONE).toInstant();
    }

    private static int count(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    private static String unique(String base) {
        return base + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }
}
