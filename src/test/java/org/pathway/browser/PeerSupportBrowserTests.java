package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.pathway.platform.UkTime;

/**
 * A peer-support group from start to first meeting, in the browser: the ICS lead adds a forum and a group, the
 * service manager adds their link worker, and the link worker records the meeting they attended.
 */
@BrowserTest
class PeerSupportBrowserTests extends BrowserTestSupport {

    final LocalDate today = UkTime.today(Clock.systemUTC());

    private void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private void date(String prefix, LocalDate day) {
        type(prefix + "Day", String.valueOf(day.getDayOfMonth()));
        type(prefix + "Month", String.valueOf(day.getMonthValue()));
        type(prefix + "Year", String.valueOf(day.getYear()));
    }

    private void waitForHeadingEnding(String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).ignoring(
                        org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().strip().endsWith(text));
    }

    private void submit() {
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    @Test
    void theLeadStartsAGroupTheManagerAddsTheirLinkWorkerAndTheLinkWorkerRecordsAMeeting() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String forum = "Harbour online forum " + tag;
        String group = "Harbour peer support " + tag;

        signIn("icslead");
        driver.findElement(By.linkText("Peer support")).click();
        waitForHeading("Peer support");
        driver.findElement(By.linkText("Forums where groups meet")).click();
        driver.findElement(By.linkText("Add a forum")).click();
        waitForHeading("Add a forum");
        assertAccessible();
        type("name", forum);
        driver.findElement(By.xpath("//label[normalize-space()='Online']")).click();
        type("place", "Teams link in each invitation");
        submit();
        waitForHeading("Forums");
        assertThat(driver.findElement(By.cssSelector("table")).getText()).contains(forum);

        open("/peer-support/groups/new");
        waitForHeading("Add a peer-support group");
        // Submitted empty first: every problem at once, linked from the summary.
        submit();
        assertThat(driver.findElement(By.cssSelector(".nhsuk-error-summary")).getText())
                .contains("Enter the name of the group", "Enter what the group is for",
                        "Select the forum the group meets in", "Enter the date the group started");
        assertAccessible();
        type("name", group);
        type("purpose", "Link workers from every employer around the harbour");
        new Select(driver.findElement(By.id("forumId"))).selectByVisibleText(forum + " (Online)");
        date("started", today.minusMonths(2));
        submit();
        waitForHeadingEnding(group);
        assertThat(driver.findElement(By.cssSelector(".nhsuk-notification-banner")).getText())
                .contains(group + " has been added");
        assertAccessible();
        assertNoConsoleErrors();

        driver.manage().deleteAllCookies();
        signIn("manager");
        open("/peer-support");
        driver.findElement(By.linkText(group)).click();
        driver.findElement(By.linkText("Add a member")).click();
        waitForHeadingEnding("Add a member");
        assertAccessible();
        new Select(driver.findElement(By.id("practitionerId")))
                .selectByVisibleText("Test Link Worker, Test Community Connect");
        assertThat(new Select(driver.findElement(By.id("practitionerId"))).getOptions())
                .noneMatch(o -> o.getText().contains("Olly Other"));
        date("joined", today.minusMonths(1));
        submit();
        assertThat(driver.findElement(By.cssSelector(".nhsuk-notification-banner")).getText())
                .contains("The member has been added");
        assertThat(driver.findElement(By.xpath("//table[caption[contains(., 'Members')]]")).getText())
                .contains("Test Link Worker", "Test Community Connect", "No meetings held");

        driver.manage().deleteAllCookies();
        signIn("linkworker");
        open("/peer-support");
        assertThat(driver.findElement(By.id("mine")).isDisplayed()).isTrue();
        driver.findElement(By.xpath("//h2[@id='mine']/following-sibling::ul[1]//a[normalize-space()='" + group + "']"))
                .click();
        driver.findElement(By.linkText("Record a meeting")).click();
        waitForHeadingEnding("Record a meeting");
        assertAccessible();
        date("held", today.minusDays(1));
        type("topic", "Welfare calls and looking after ourselves");
        driver.findElement(By.xpath("//label[starts-with(normalize-space(), 'Test Link Worker')]")).click();
        submit();
        assertThat(driver.findElements(By.cssSelector(".nhsuk-error-summary"))).as("problems on the meeting form")
                .isEmpty();
        assertThat(driver.findElement(By.cssSelector(".nhsuk-notification-banner")).getText())
                .contains("has been recorded");
        assertThat(driver.findElement(By.xpath("//table[caption[contains(., 'Meetings')]]")).getText())
                .contains("Welfare calls and looking after ourselves", "1 of 1");
        assertThat(driver.findElement(By.xpath("//table[caption[contains(., 'Members')]]")).getText())
                .contains("1 of 1 (100%)");
        assertAccessible();
        assertNoConsoleErrors();
        assertNoHorizontalScrollAt(320);
    }
}
