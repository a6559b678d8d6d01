package org.pathway.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** A browser test against a running Pathway with the demo ICS loaded (at a hundredth of its activity). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pathway.embedded-db.ephemeral=true", "pathway.demo-data=true", "pathway.demo.activity-scale=0.01"})
public @interface DemoBrowserTest {}
