package org.pathway.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.pathway.support.TestIcs;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A browser test against a running Pathway that starts with the tests' own {@link TestIcs} and no demo data; the test
 * builds the people, referrals, cases and listings it shows through the modules' test mothers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pathway.embedded-db.ephemeral=true", "pathway.demo-data=false", "pathway.test-ics=true"})
public @interface BrowserTest {}
