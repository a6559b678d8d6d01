package org.pathway;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A full Pathway with the demo ICS loaded (at a hundredth of its activity), against a fresh embedded PostgreSQL: only
 * for the tests of the demo itself. Every other test uses {@link PathwayIntegrationTest} and its own data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {"pathway.embedded-db.ephemeral=true", "pathway.demo-data=true", "pathway.demo.activity-scale=0.01"})
@AutoConfigureMockMvc
public @interface DemoIntegrationTest {}
