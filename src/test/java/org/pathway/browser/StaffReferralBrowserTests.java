package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

@BrowserTest
class StaffReferralBrowserTests extends BrowserTestSupport {

    @Test
    void pressingEnterInAFieldSendsTheReferralAndKeepsWhatWasTyped() {
        signIn("referrer");
        open("/referrals/new");
        driver.findElement(By.id("givenName")).sendKeys("Wenna", Keys.ENTER);
        // Sending (not "show the services") checks the whole form: the error summary lists what is missing.
        assertThat(driver.findElement(By.cssSelector(".nhsuk-error-summary")).getText()).contains("There is a problem");
        assertThat(driver.findElement(By.id("givenName")).getAttribute("value")).isEqualTo("Wenna");
        assertAccessible();
    }
}
