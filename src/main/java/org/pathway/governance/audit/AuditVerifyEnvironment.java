package org.pathway.governance.audit;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * For a {@code --pathway.audit.verify-and-exit} run: listen on a random free port (so the check can run
 * beside a live node), load no demo data, and keep the output to the result and any warnings.
 */
class AuditVerifyEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!AuditVerifyAndExit.requested(environment)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("pathwayAuditVerify", Map.of(
                "server.port", "0",
                "pathway.demo-data", "false",
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN")));
    }
}
