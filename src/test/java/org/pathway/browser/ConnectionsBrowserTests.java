package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathway.activities.connections.TestConnections;
import org.pathway.activities.directory.TestListings;
import org.pathway.engagement.cases.CaseTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Connecting a person to a community activity from their case, by keyboard, and the provider's and gaps pages. */
@BrowserTest
class ConnectionsBrowserTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestListings listings;

    @Autowired
    TestConnections connections;

    static String tag() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    @Test
    void aLinkWorkerSignpostsAPersonToAListingFoundInTheDirectoryByKeyboard() {
        UUID caseId = CaseTestSupport.from(context).openCase("Keyboard");
        // A running signposting listing for all ages, verified yesterday, with a name of its own.
        String name = "Harbour walking group " + tag();
        listings.listing(listings.organisation("Harbour Walkers " + tag()), name).categories("physical-activity")
                .weekly(2).create();
        signIn("linkworker");
        open("/cases/" + caseId + "/connections");
        String person = driver.findElement(By.tagName("h1")).getText();
        assertAccessible();

        driver.findElement(By.id("q")).sendKeys("\"" + name + "\"", Keys.ENTER);
        By button = By.xpath("//li[a[normalize-space()='" + name + "']]//button[@value='SIGNPOST']");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(button).isEmpty());
        waitForHeading(person);
        var signpost = driver.findElement(button);
        assertAccessible();
        signpost.sendKeys(Keys.ENTER);
        By confirm = By.xpath("//button[normalize-space()='Yes, connect them anyway']");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("[role=status]"))
                .isEmpty() || !d.findElements(confirm).isEmpty());
        if (!driver.findElements(confirm).isEmpty()) {
            // The listing serves another area than the person's: the practitioner is asked, and confirms.
            assertThat(driver.findElement(By.id("outside-area")).getText()).contains("where the person lives");
            assertAccessible();
            driver.findElement(confirm).sendKeys(Keys.ENTER);
        }
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("[role=status]")).isEmpty());
        waitForHeading(person);
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("The connection is recorded");
        assertThat(driver.findElement(By.xpath("//div[contains(@class,'nhsuk-card')][.//a[normalize-space()='" + name
                + "']]")).getText()).contains("Signposted");
        assertAccessible();
        assertNoHorizontalScrollAt(320);
    }

    @Test
    void theProvidersAnswerHasNoDefaultSoSavingWithoutChoosingAcceptsNothing() {
        // A person who consents to share, referred by the link worker to one of Test Lunch Club's activities.
        UUID caseId = CaseTestSupport.from(context).openCase("Answered");
        UUID listing = listings.providerListing("Friday lunch " + tag()).directReferral().weekly(5).create();
        UUID connection = connections.refer(caseId, listing);
        signIn("provider");
        open("/directory/connections?status=REFERRED");
        waitForHeading("Referrals to your activities");
        assertThat(driver.findElement(By.id("filter-status")).getText()).contains("Waiting for your answer (");
        var answer = new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("status-" + connection)));
        assertThat(answer.getFirstSelectedOption().getText()).isEqualTo("Choose your answer");
        assertThat(answer.getFirstSelectedOption().getAttribute("value")).isEmpty();
        assertThat(driver.findElement(By.cssSelector("label[for='note-" + connection + "']")).getText())
                .isEqualTo("Reason or note (needed when you decline)");
        assertAccessible();
        driver.findElement(By.id("note-" + connection)).sendKeys("Kept when refused");
        driver.findElement(By.cssSelector("#answer-" + connection + " button[type=submit]")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.className("nhsuk-error-summary")).isEmpty());
        assertThat(driver.findElement(By.className("nhsuk-error-summary")).getText())
                .contains("Choose your answer before saving");
        assertThat(driver.findElement(By.id("status-" + connection + "-error")).getText())
                .contains("Choose your answer before saving");
        assertThat(driver.findElement(By.id("note-" + connection)).getAttribute("value")).isEqualTo("Kept when refused");
        assertThat(driver.getCurrentUrl()).contains("status=REFERRED");
        assertThat(jdbc.sql("SELECT status FROM activities.connection WHERE id = ?").param(connection)
                .query(String.class).single()).isEqualTo("REFERRED");
        assertAccessible();
        assertNoHorizontalScrollAt(320);
    }
}
