package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.pathway.engagement.cases.TestCases;
import org.pathway.people.ContactMethod;
import org.pathway.people.PersonDetails;
import org.pathway.people.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** How to reach the person on every tab of their case; the manager's team caseload with a very long note. */
@BrowserTest
class CaseHeaderAndCaseloadBrowserTests extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void howToReachThePersonIsOnEveryTabOfTheirCase() {
        UUID caseId = TestCases.from(context).openAbout(new PersonDetails("Kerensa", "Jago", LocalDate.of(1948, 6, 9),
                null, Sex.FEMALE, null, null, "TR1 3QN", "07700 900456", "kerensa@example.org", ContactMethod.PHONE,
                "Hard of hearing: speak slowly", "Polish"));
        signIn("linkworker");
        for (String tab : List.of("", "/contacts", "/notes", "/tasks", "/measures", "/plan", "/connections", "/close")) {
            open("/cases/" + caseId + tab);
            WebElement contact = driver.findElement(By.id("case-contact"));
            assertThat(contact.isDisplayed()).as(tab).isTrue();
            assertThat(contact.getText()).as("how to contact, on " + tab)
                    .contains("07700 900456", "kerensa@example.org", "Phone call", "Hard of hearing: speak slowly",
                            "Interpreter: Polish", "TR1 3QN");
        }
        open("/cases/" + caseId);
        assertAccessible();
        assertNoHorizontalScrollAt(320);
        assertThat(driver.findElement(By.id("case-contact")).getText()).contains("07700 900456");
    }

    @Test
    void aVeryLongNoteDoesNotStretchTheTeamCaseloadAndTheTeamTableComesFirst() {
        TestCases cases = TestCases.from(context);
        UUID caseId = cases.open("Longnote");
        cases.note(caseId, "x".repeat(5_000), true);
        signIn("manager");
        open("/caseload");
        @SuppressWarnings("unchecked")
        Map<String, Long> sizes = (Map<String, Long>) js(
                "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth};");
        assertThat(sizes.get("scroll")).as("page width with a 5,000-character word").isLessThanOrEqualTo(sizes.get("client"));
        Long tableTop = (Long) js("return Math.round(document.getElementById('team-caseloads').getBoundingClientRect().top);");
        Long concernsTop = (Long) js("return Math.round(document.getElementById('open-concerns').getBoundingClientRect().top);");
        assertThat(tableTop).as("the team table above the concerns").isLessThan(concernsTop);
        assertThat(driver.findElement(By.id("open-concerns")).getText()).contains("open safeguarding concern",
                "Test Longnote");
        assertNoHorizontalScrollAt(320);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
