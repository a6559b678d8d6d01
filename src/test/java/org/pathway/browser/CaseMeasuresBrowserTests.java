package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathway.engagement.cases.CaseTestSupport;
import org.pathway.engagement.measures.MeasureTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Recording an outcome measure with the keyboard alone, the chart it feeds, and the plan the person prints. */
@BrowserTest
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
                .contains("how anxious did you feel yesterday");
        assertThat(driver.findElement(By.id("not-scored")).getText())
                .contains("Not scored: 1 of 4 questions still need an answer");
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
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Baseline").contains("4 (Low)");
        Object charted = js("""
                const canvas = document.querySelector('canvas.pathway-measure-chart');
                return !!(window.Chart && canvas && window.Chart.getChart(canvas));""");
        assertThat(charted).as("Chart.js drew the chart").isEqualTo(true);
        assertAccessible();
        assertNoHorizontalScrollAt(320);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChartDrawsPointsInTheOrderTakenOnTheMeasuresFullRangeWithOppositeDirectionsApart() {
        CaseTestSupport cases = CaseTestSupport.from(context);
        UUID caseId = cases.openCase("Charted");
        MeasureTestSupport measures = MeasureTestSupport.from(context);
        LocalDate today = LocalDate.now();
        // Entered as the issue found them: review, then baseline, then closure, all taken today.
        for (var entry : List.of(Map.entry("REVIEW", List.of(5, 5)), Map.entry("BASELINE", List.of(4, 7)),
                Map.entry("CLOSURE", List.of(7, 3)))) {
            cases.signedIn(cases.user("linkworker"), () -> measures.record(caseId, UUID.fromString(ONS4),
                    entry.getKey(), today, Map.of("life", String.valueOf(entry.getValue().get(0)), "worthwhile", "6",
                            "happy", "6", "anxious", String.valueOf(entry.getValue().get(1))),
                    cases.user("linkworker")));
        }
        signIn("linkworker");
        open("/cases/" + caseId + "/measures");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !!(window.Chart && document.querySelector('canvas.pathway-measure-chart') "
                        + "&& window.Chart.getChart(document.querySelector('canvas.pathway-measure-chart')))")));
        List<Map<String, Object>> charts = (List<Map<String, Object>>) js("""
                return Array.from(document.querySelectorAll('canvas.pathway-measure-chart')).map(function (canvas) {
                  const chart = window.Chart.getChart(canvas);
                  return { labels: chart.data.labels, series: chart.data.datasets.map(d => d.label),
                           first: chart.data.datasets[0].data, min: chart.scales.y.min, max: chart.scales.y.max,
                           axis: chart.options.scales.y.title.text };
                });""");
        String day = today.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));
        assertThat(charts).hasSize(2);
        Map<String, Object> higher = charts.get(0);
        assertThat((List<Object>) higher.get("labels"))
                .containsExactly(day + " (Baseline)", day + " (Review)", day + " (Closure)");
        assertThat((List<Object>) higher.get("series")).containsExactly("Life satisfaction", "Worthwhile", "Happiness");
        assertThat(((List<Number>) higher.get("first")).stream().map(Number::intValue)).containsExactly(4, 5, 7);
        assertThat(((Number) higher.get("min")).intValue()).isZero();
        assertThat(((Number) higher.get("max")).intValue()).isEqualTo(10);
        assertThat(higher.get("axis")).isEqualTo("Score (higher is better)");
        Map<String, Object> lower = charts.get(1);
        assertThat((List<Object>) lower.get("series")).containsExactly("Anxiety");
        assertThat(((List<Number>) lower.get("first")).stream().map(Number::intValue)).containsExactly(7, 5, 3);
        assertThat(((Number) lower.get("min")).intValue()).isZero();
        assertThat(((Number) lower.get("max")).intValue()).isEqualTo(10);
        assertThat(lower.get("axis")).isEqualTo("Score (lower is better)");

        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Life satisfaction, Worthwhile, Happiness: higher scores are better")
                .contains("Anxiety: lower scores are better");
        String change = driver.findElement(By.cssSelector("table")).getText();
        assertThat(change).contains("Life satisfaction 4 (Low) 7 (High) +3 better")
                .contains("Anxiety 7 (High) 3 (Low) -4 better").doesNotContain(".00");
        assertAccessible();
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
