package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The link worker's caseload and a case's pages in a real browser: keyboard use and WCAG 2.2 AA. */
@DemoBrowserTest
class EngagementBrowserTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    void waitForHeadingContaining(String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).ignoring(
                        org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().contains(text));
    }

    UUID linkWorkersOpenCase() {
        return jdbc.sql("""
                SELECT c.id FROM engagement.case_episode c
                JOIN workforce.practitioner p ON p.id = c.practitioner_id
                JOIN governance.user_account u ON u.id = p.user_account_id
                WHERE u.username = 'linkworker' AND c.status = 'OPEN' AND c.session_cap IS NULL
                ORDER BY c.opened_at DESC LIMIT 1""").query(UUID.class).single();
    }

    @Test
    void theCaseloadIsTheLinkWorkersHomePage() {
        signIn("linkworker");
        waitForHeadingContaining("My caseload");
        assertThat(driver.findElements(By.cssSelector("a[href^='/cases/']"))).hasSizeGreaterThan(10);
        assertAccessible();
        assertNoHorizontalScrollAt(320);
    }

    @Test
    void aContactIsRecordedWithTheKeyboardAndErrorsAreShownAccessibly() {
        UUID caseId = linkWorkersOpenCase();
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
        UUID caseId = linkWorkersOpenCase();
        signIn("manager");
        open("/caseload");
        waitForHeadingContaining("Team caseload");
        assertAccessible();
        open("/cases/" + caseId + "/allocation");
        assertAccessible();
    }
}
