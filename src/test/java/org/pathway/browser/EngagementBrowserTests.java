package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.pathway.engagement.cases.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The link worker's caseload and a case's pages in a real browser: keyboard use and WCAG 2.2 AA. */
@BrowserTest
class EngagementBrowserTests extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    void waitForHeadingContaining(String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).ignoring(
                        org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().contains(text));
    }

    @Test
    void theCaseloadIsTheLinkWorkersHomePage() {
        TestCases cases = TestCases.from(context);
        for (int i = 0; i < 11; i++) {
            cases.open("Caseload" + (char) ('A' + i));
        }
        signIn("linkworker");
        waitForHeadingContaining("My caseload");
        assertThat(driver.findElements(By.cssSelector("a[href^='/cases/']"))).hasSizeGreaterThan(10);
        assertAccessible();
        assertNoHorizontalScrollAt(320);
    }

    @Test
    void aContactIsRecordedWithTheKeyboardAndErrorsAreShownAccessibly() {
        UUID caseId = TestCases.from(context).open("Keyboard"); // Test Connect: relational, no session cap
        signIn("linkworker");
        open("/cases/" + caseId);
        assertAccessible();
        open("/cases/" + caseId + "/contacts");
        String person = driver.findElement(By.tagName("h1")).getText();
        assertAccessible();

        // Enter in the duration field without choosing how: the form comes back with the problem, keeping the minutes
        driver.findElement(By.id("durationMinutes")).sendKeys("40", Keys.ENTER);
        WebElement summary = driver.findElement(By.cssSelector(".nhsuk-error-summary"));
        assertThat(summary.getText()).contains("Choose how the contact happened");
        assertThat(driver.findElement(By.id("durationMinutes")).getAttribute("value")).isEqualTo("40");
        assertAccessible();

        driver.findElement(By.id("mode-4")).sendKeys(Keys.SPACE); // phone
        driver.findElement(By.id("kindOfWork")).sendKeys(Keys.SPACE); // core social prescribing
        driver.findElement(By.id("depth-3")).sendKeys(Keys.SPACE); // holistic
        driver.findElement(By.id("note")).sendKeys("Talked through the walking group by phone");
        driver.findElement(By.id("durationMinutes")).sendKeys(Keys.ENTER);
        waitForHeading(person);
        assertThat(driver.findElement(By.cssSelector(".nhsuk-notification-banner")).getText()).contains("Contact recorded");
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Talked through the walking group by phone");
        assertAccessible();

        open("/cases/" + caseId + "/notes");
        assertAccessible();
        open("/cases/" + caseId + "/tasks");
        assertAccessible();
    }

    @Test
    void theManagersTeamCaseloadAndAllocationPagesAreAccessible() {
        TestCases cases = TestCases.from(context);
        UUID caseId = cases.worked("Allocated");
        cases.attempt(caseId, java.time.LocalDate.now());
        UUID closed = cases.closed("Closedcase");
        signIn("manager");
        open("/caseload");
        waitForHeadingContaining("Team caseload");
        assertAccessible();
        open("/cases/" + caseId + "/allocation");
        assertAccessible();
        open("/caseload?status=closed");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Test Closedcase");
        assertAccessible();
        open("/cases/" + closed + "/close");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Closed: Goals met");
        assertAccessible();
    }
}
