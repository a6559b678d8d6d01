package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

@BrowserTest
class PlatformBrowserTests extends BrowserTestSupport {

    @Test
    void signInPageIsAccessibleAndFitsAPhone() {
        open("/sign-in");
        assertAccessible();
        assertNoHorizontalScrollAt(320);
    }

    @Test
    void keyboardAloneSignsInStartingFromTheSkipLink() {
        open("/sign-in");
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Skip to main content");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        driver.findElement(By.id("username")).click();
        driver.switchTo().activeElement().sendKeys("linkworker", Keys.TAB, password(), Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().contains("My caseload")); // a link worker's home
        assertThat(driver.findElement(By.cssSelector(".nhsuk-header__account")).getText()).contains("Link worker");
    }

    @Test
    void wrongPasswordShowsErrorSummaryAndKeepsUsername() {
        open("/sign-in");
        driver.findElement(By.id("username")).sendKeys("manager");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(driver.findElement(By.cssSelector(".nhsuk-error-summary")).getText())
                .contains("Enter a correct username and password");
        assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("manager");
        assertAccessible();
    }

    @Test
    void homePageShowsOnlyWhatTheRoleMayReach() {
        signIn("referrer");
        assertThat(driver.findElement(By.cssSelector(".nhsuk-header__navigation")).getText())
                .doesNotContain("Users", "Audit log", "Practitioners");
        assertAccessible();
        assertNoHorizontalScrollAt(320);
        signOut();
        signIn("admin");
        assertThat(driver.findElement(By.cssSelector(".nhsuk-header__navigation")).getText())
                .contains("Users", "Audit log");
    }

    private void signOut() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        driver.findElement(By.cssSelector("form[action='/sign-out'] button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/sign-in"));
    }
}
