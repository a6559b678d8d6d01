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
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("[role=status]")).isEmpty());
        waitForHeading(person);
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("The connection is recorded");
        assertThat(driver.findElement(By.xpath("//div[contains(@class,'nhsuk-card')][.//a[normalize-space()='" + name
                + "']]")).getText()).contains("Signposted");
        assertAccessible();
        assertNoHorizontalScrollAt(320);
    }
}
