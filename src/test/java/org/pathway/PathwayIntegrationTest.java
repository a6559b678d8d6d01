package org.pathway;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.pathway.support.TestIcs;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A full Pathway against a fresh embedded PostgreSQL (one per distinct test context), without the demo: it starts
 * with the small {@link TestIcs} and its sign-ins ({@code linkworker}, {@code manager}...). Each test builds the people,
 * referrals, cases and listings it needs through its module's test mother.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {"pathway.embedded-db.ephemeral=true", "pathway.demo-data=false", "pathway.test-ics=true"})
@AutoConfigureMockMvc
public @interface PathwayIntegrationTest {}
