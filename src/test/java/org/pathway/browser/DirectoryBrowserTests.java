package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.directory.TestListings;
import org.springframework.beans.factory.annotation.Autowired;

/** A link worker searches the directory with the keyboard alone and opens a listing with its status chart. */
@BrowserTest
class DirectoryBrowserTests extends BrowserTestSupport {

    @Autowired
    TestListings listings;

    /** Walks with a history: running for a year, suspended for a month, running again. */
    void walks() {
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        UUID organisation = listings.organisation("Walkers " + tag);
        for (String name : new String[] {"Riverside walk " + tag, "Cliff walk " + tag}) {
            listings.listing(organisation, name).categories("physical-activity").weekly(3)
                    .status(ListingStatus.ACTIVE, null, Instant.now().minus(400, ChronoUnit.DAYS))
                    .status(ListingStatus.SUSPENDED, "Path flooded", Instant.now().minus(60, ChronoUnit.DAYS))
                    .status(ListingStatus.ACTIVE, null, Instant.now().minus(30, ChronoUnit.DAYS)).create();
        }
    }

    @Test
    void searchByKeyboardAndSeeAListingsHistory() {
        walks();
        signIn("linkworker");
        open("/directory");
        waitForHeading("Community directory");
        assertAccessible();
        WebElement search = driver.findElement(By.id("q"));
        search.click();
        search.sendKeys("walk", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("results-heading")).isEmpty());
        assertThat(driver.findElement(By.id("results-heading")).getText()).endsWith("found");
        assertAccessible();
        assertNoHorizontalScrollAt(320);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

        WebElement first = driver.findElement(By.cssSelector(".app-results .nhsuk-card__link"));
        String name = first.getText();
        assertThat(name.toLowerCase()).contains("walk");
        // Tab from the search button until the first result has focus, then follow it with Enter.
        driver.findElement(By.cssSelector("form.app-directory-search button[type=submit]")).sendKeys(Keys.TAB);
        for (int i = 0; i < 5 && !first.equals(driver.switchTo().activeElement()); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(driver.switchTo().activeElement()).isEqualTo(first);
        first.sendKeys(Keys.ENTER);
        waitForHeading(name);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js(
                "return !!(window.Chart && Chart.getChart(document.getElementById('status-chart')));")));
        assertThat(driver.findElement(By.id("history-table-caption")).getText()).contains("Every status change");
        assertAccessible();
    }

    @Test
    void areaViewDrawsItsChart() {
        walks();
        signIn("icslead");
        open("/directory/area");
        waitForHeading("Activities running week by week");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js(
                "return !!(window.Chart && Chart.getChart(document.getElementById('area-chart')));")));
        assertAccessible();
    }
}
