package org.pathway;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A full Pathway against a fresh embedded PostgreSQL (one per distinct test context), with the demo
 * ICS loaded so tests can sign in as its users ({@code @WithUserDetails("linkworker")}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {"pathway.embedded-db.ephemeral=true", "pathway.demo-data=true", "pathway.demo.activity-scale=0.01"})
@AutoConfigureMockMvc
public @interface PathwayIntegrationTest {}
