package org.pathway.governance.audit;

import java.io.PrintStream;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar pathway.jar --pathway.audit.verify-and-exit}: checks the audit hash chain, prints
 * the result and exits with 0 when it is intact or 1 when it is broken (2 if it could not be checked),
 * before any other start-up work runs. For cron jobs and monitoring; the check reads only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyAndExit implements ApplicationRunner {

    static final String PROPERTY = "pathway.audit.verify-and-exit";

    private final AuditChainVerifier verifier;
    private final Environment env;
    private final IntConsumer exit;
    private final PrintStream out;

    @Autowired
    AuditVerifyAndExit(AuditChainVerifier verifier, Environment env, ConfigurableApplicationContext context) {
        this(verifier, env, code -> System.exit(SpringApplication.exit(context, () -> code)), System.out);
    }

    AuditVerifyAndExit(AuditChainVerifier verifier, Environment env, IntConsumer exit, PrintStream out) {
        this.verifier = verifier;
        this.env = env;
        this.exit = exit;
        this.out = out;
    }

    /** True for {@code --pathway.audit.verify-and-exit} with no value or any value but {@code false}. */
    static boolean requested(Environment env) {
        String value = env.getProperty(PROPERTY);
        return value != null && !value.strip().equalsIgnoreCase("false");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!requested(env)) {
            return;
        }
        int code;
        try {
            AuditChainVerifier.Result result = verifier.verify();
            out.println(result.describe());
            code = result.intact() ? 0 : 1;
        } catch (RuntimeException e) {
            out.println("The audit log could not be checked: " + e.getClass().getSimpleName());
            code = 2;
        }
        out.flush();
        exit.accept(code);
    }
}
