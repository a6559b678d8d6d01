package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.pathway.platform.EveryPageData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page a role can open (every GET page without a path variable) writes no error to the browser's console,
 * meets WCAG 2.2 AA as axe-core checks it, and fits a 320 px wide screen without sideways scrolling. The pages have
 * something to show: a referral waiting in triage, a case and a directory listing ({@link EveryPageData}).
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageBrowserTests extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void somethingOnEveryPage() {
        EveryPageData.build(context, "BrowserSweep");
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    List<String> pages() {
        Set<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                info.getPatternValues().stream()
                        .filter(p -> !p.contains("{") && !p.contains("*") && !p.equals("/error") && !p.equals("/sign-in")
                                && !p.startsWith("/hsds")) // JSON, not pages
                        .forEach(pages::add);
            }
        });
        return List.copyOf(pages);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "manager", "linkworker", "referrer", "provider", "icslead", "researcher"})
    void everyPageTheRoleCanOpenIsAccessibleAndFitsAPhone(String username) {
        signIn(username);
        int checked = 0;
        for (String page : pages()) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            open(page);
            if (!driver.findElements(By.xpath("//h1[contains(., 'You do not have access')]")).isEmpty()) {
                driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER); // its 403, expected
                continue;
            }
            assertNoConsoleErrors();
            assertAccessible();
            assertNoHorizontalScrollAt(320);
            checked++;
        }
        assertThat(checked).as("pages checked for " + username).isPositive();
    }
}
