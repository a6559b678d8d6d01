package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Connecting a person to a community activity from their case, by keyboard, and the provider's and gaps pages. */
@DemoBrowserTest
class ConnectionsBrowserTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLinkWorkerSignpostsAPersonToAListingFoundInTheDirectoryByKeyboard() {
        UUID caseId = jdbc.sql("""
                SELECT c.id FROM engagement.case_episode c
                JOIN workforce.practitioner p ON p.id = c.practitioner_id
                JOIN governance.user_account u ON u.id = p.user_account_id
                WHERE u.username = 'linkworker' AND c.status = 'OPEN'
                ORDER BY c.opened_at DESC LIMIT 1""").query(UUID.class).single();
        Map<String, Object> listing = jdbc.sql("""
                SELECT min(l.name) AS name FROM activities.listing l
                WHERE l.status = 'ACTIVE' AND l.referral_route = 'SIGNPOSTING' AND l.min_age IS NULL
                  AND l.max_age IS NULL AND l.last_verified_at > now() - interval '5 months'
                  AND NOT EXISTS (SELECT 1 FROM activities.listing o WHERE o.name = l.name AND o.id <> l.id)""")
                .query().singleRow();
        String name = (String) listing.get("name");
        assertThat(name).isNotNull();
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
        UUID connection = jdbc.sql("""
                SELECT c.id FROM activities.connection c JOIN activities.listing l ON l.id = c.listing_id
                JOIN activities.organisation o ON o.id = l.organisation_id
                JOIN governance.user_account u ON u.organisation_id = o.workforce_organisation_id
                WHERE u.username = 'provider' AND c.status = 'REFERRED' AND c.referral_route = 'DIRECT_REFERRAL'
                  AND c.shared_with_provider ORDER BY c.created_at DESC, c.id LIMIT 1""").query(UUID.class).single();
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
