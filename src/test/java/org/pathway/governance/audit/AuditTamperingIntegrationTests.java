package org.pathway.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.pathway.support.SignIns;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.governance.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampers with the audit log the way a database superuser could (switching the append-only trigger off)
 * and checks the verifier names the entry. The distinct property gives this class its own fresh embedded
 * database, discarded afterwards, so the broken chain never reaches other tests.
 */
@PathwayIntegrationTest
@TestPropertySource(properties = "pathway.test.database=audit-tampering")
@DirtiesContext
class AuditTamperingIntegrationTests {

    @Autowired
    SignIns signIns;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditChainVerifier verifier;


    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void changingAnEntryIsReportedAtThatEntryOnThePageAndOnTheCommandLine() throws Exception {
        for (int i = 1; i <= 5; i++) {
            auditLog.record("linkworker", "VIEW", "person", "P-" + i, "viewed the record of P-" + i);
        }
        assertThat(verifier.verify().intact()).isTrue();
        long victim = jdbc.sql("SELECT id FROM governance.audit_event WHERE record_id = 'P-3' AND actor = 'linkworker'")
                .query(Long.class).single();

        asSuperuser(sql -> sql.sql("UPDATE governance.audit_event SET detail = 'nothing to see here' WHERE id = ?")
                .param(victim).update());
        try {
            AuditChainVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken()).hasValueSatisfying(broken -> {
                assertThat(broken.id()).isEqualTo(victim);
                assertThat(broken.reason()).isEqualTo("its content does not match its hash");
            });

            String message = "The chain is broken at entry #" + victim + ": its content does not match its hash";
            var posted = mvc.perform(post("/admin/audit/verify").with(signIns.as("admin"))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/admin/audit"))
                    .andExpect(flash().attribute("chainBroken", message))
                    .andReturn();
            mvc.perform(get("/admin/audit").with(signIns.as("admin"))
                            .cookie(posted.getResponse().getCookies()))
                    .andExpect(content().string(allOf(containsString("There is a problem"), containsString(message),
                            not(containsString("nhsuk-notification-banner--success")))));

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int[] exitCode = {-1};
            new AuditVerifyAndExit(verifier, new MockEnvironment().withProperty(AuditVerifyAndExit.PROPERTY, "true"),
                    code -> exitCode[0] = code, new PrintStream(printed, true, StandardCharsets.UTF_8)).run(null);
            assertThat(exitCode[0]).isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8).strip()).isEqualTo(message);
        } finally {
            asSuperuser(sql -> sql.sql("UPDATE governance.audit_event SET detail = 'viewed the record of P-3' "
                    + "WHERE id = ?").param(victim).update());
        }
        assertThat(verifier.verify().intact()).as("intact again once the entry is put back").isTrue();
    }

    @Test
    void removingAnEntryIsReportedAtTheEntryAfterIt() {
        auditLog.record("manager", "CHANGE", "service", "S-1", "first");
        auditLog.record("manager", "CHANGE", "service", "S-2", "second");
        auditLog.record("manager", "CHANGE", "service", "S-3", "third");
        assertThat(verifier.verify().intact()).isTrue();
        long second = jdbc.sql("SELECT id FROM governance.audit_event WHERE record_id = 'S-2'").query(Long.class).single();
        long third = jdbc.sql("SELECT id FROM governance.audit_event WHERE record_id = 'S-3'").query(Long.class).single();

        jdbc.sql("CREATE TABLE public.removed_audit_event AS SELECT * FROM governance.audit_event WHERE id = ?")
                .param(second).update();
        asSuperuser(sql -> sql.sql("DELETE FROM governance.audit_event WHERE id = ?").param(second).update());
        try {
            AuditChainVerifier.Result result = verifier.verify();
            assertThat(result.firstBroken()).hasValueSatisfying(broken -> {
                assertThat(broken.id()).isEqualTo(third);
                assertThat(broken.reason()).isEqualTo("its link to the entry before it does not match");
            });
            assertThat(result.describe())
                    .isEqualTo("The chain is broken at entry #" + third + ": its link to the entry before it does not match");
        } finally {
            jdbc.sql("INSERT INTO governance.audit_event SELECT * FROM public.removed_audit_event").update();
            jdbc.sql("DROP TABLE public.removed_audit_event").update();
        }
        assertThat(verifier.verify().intact()).as("intact again once the entry is put back").isTrue();
    }

    /**
     * What only a superuser can do: switch the append-only trigger off, change the table, switch it back,
     * in one transaction. (The privileges revoked from the application's role do not bind a superuser,
     * which is why the trigger is there.)
     */
    private void asSuperuser(Consumer<JdbcClient> tamper) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE governance.audit_event DISABLE TRIGGER audit_event_no_update_or_delete").update();
            jdbc.sql("GRANT UPDATE, DELETE ON governance.audit_event TO CURRENT_USER").update();
            tamper.accept(jdbc);
            jdbc.sql("REVOKE UPDATE, DELETE ON governance.audit_event FROM CURRENT_USER").update();
            jdbc.sql("ALTER TABLE governance.audit_event ENABLE TRIGGER audit_event_no_update_or_delete").update();
        });
    }
}
