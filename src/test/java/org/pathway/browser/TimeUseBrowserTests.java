package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A link worker records last week's time use on a phone, correcting a mistake, and sees the week counted. */
@BrowserTest
class TimeUseBrowserTests extends BrowserTestSupport {

    @Test
    void aLinkWorkerRecordsAWeekOnAPhone() {
        signIn("linkworker");
        driver.manage().window().setSize(new Dimension(375, 800));
        open("/time-use");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.tagName("h1")).getText().endsWith("Time use"));
        assertAccessible();
        assertThat(driver.findElement(By.id("week")).getText()).contains("(last week)");

        driver.findElement(By.id("core")).clear();
        driver.findElement(By.id("core")).sendKeys("thirty");
        driver.findElement(By.id("welfareCalls")).clear();
        driver.findElement(By.id("welfareCalls")).sendKeys("4.5");
        driver.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".nhsuk-error-summary")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".nhsuk-error-summary")).getText())
                .contains("Enter hours as a number, like 7.5");
        assertThat(driver.findElement(By.id("core")).getAttribute("value")).isEqualTo("thirty");
        assertThat(driver.findElement(By.id("welfareCalls")).getAttribute("value")).isEqualTo("4.5");
        assertAccessible();

        driver.findElement(By.id("core")).clear();
        driver.findElement(By.id("core")).sendKeys("30");
        driver.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".nhsuk-notification-banner")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".nhsuk-notification-banner")).getText()).contains("Saved the week of");
        // 4.5 hours of welfare calls in 34.5
        assertThat(driver.findElement(By.cssSelector("table")).getText()).contains("13% of 34.5");
        assertNoConsoleErrors();
        assertAccessible();
        assertNoHorizontalScrollAt(320);
    }
}
