package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathway.engagement.cases.CaseTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Recording an outcome measure with the keyboard alone, the chart it feeds, and the plan the person prints. */
class CaseMeasuresBrowserTests extends BrowserTestSupport {

    static final String ONS4 = "5e0a0000-0000-4000-8000-000000000001";

    @Autowired
    ApplicationContext context;

    private void waitForUrlEnding(String end) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(end));
    }

    @Test
    void aLinkWorkerRecordsAMeasureByKeyboardAndSeesItChartedWithATable() {
        UUID caseId = CaseTestSupport.from(context).openCase("Keyboard");
        signIn("linkworker");
        open("/cases/" + caseId + "/measures/" + ONS4 + "/record");
        waitForHeading("Record ONS4 personal wellbeing");
        assertAccessible();

        // Answer three of the four questions with the space bar, and send with Enter: not scored, answers kept.
        driver.findElement(By.id("answers-life-4")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("answers-worthwhile-6")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("answers-happy-5")).sendKeys(Keys.SPACE);
        driver.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".nhsuk-error-summary")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".nhsuk-error-summary")).getText())
                .contains("Not scored: 1 of 4 questions still need an answer")
                .contains("how anxious did you feel yesterday");
        assertThat(driver.findElement(By.id("answers-life-4")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("answers-happy-5")).isSelected()).isTrue();
        assertAccessible();

        // The error summary's link takes the keyboard to the unanswered question.
        driver.findElement(By.cssSelector(".nhsuk-error-summary__list a")).sendKeys(Keys.ENTER);
        driver.findElement(By.id("answers-anxious-3")).sendKeys(Keys.SPACE);
        driver.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
        waitForUrlEnding("/cases/" + caseId + "/measures");
        assertThat(driver.findElement(By.cssSelector(".nhsuk-notification-banner")).getText())
                .contains("Life satisfaction 4 (Low)").contains("Anxiety 3 (Low)");
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Baseline").contains("4.00 (Low)");
        Object charted = js("""
                const canvas = document.querySelector('canvas.pathway-measure-chart');
                return !!(window.Chart && canvas && window.Chart.getChart(canvas));""");
        assertThat(charted).as("Chart.js drew the chart").isEqualTo(true);
        assertAccessible();
        assertNoHorizontalScrollAt(320);
    }

    @Test
    void thePlanAndClosurePagesAreAccessibleAndThePlanPrintsWithoutNavigation() {
        UUID caseId = CaseTestSupport.from(context).openCase("Printable");
        signIn("linkworker");
        open("/cases/" + caseId + "/plan");
        driver.findElement(By.id("words")).sendKeys("Feeling less alone");
        driver.findElement(By.id("words")).findElement(By.xpath("ancestor::form//button")).sendKeys(Keys.ENTER);
        waitForUrlEnding("/cases/" + caseId + "/plan");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".nhsuk-notification-banner")).isEmpty());
        assertAccessible();
        open("/cases/" + caseId + "/plan/print");
        waitForHeading("My support plan");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Feeling less alone");
        assertThat(driver.findElements(By.cssSelector("header, nav"))).isEmpty();
        assertAccessible();
        open("/cases/" + caseId + "/close");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Why is the case closing?");
        assertAccessible();
        open("/measures");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("ONS4 personal wellbeing");
    }
}
