package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How to reach the person on every tab of their case; the manager's team caseload with a very long note. */
@DemoBrowserTest
class CaseHeaderAndCaseloadBrowserTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    UUID linkWorkersOpenCase() {
        return jdbc.sql("""
                SELECT c.id FROM engagement.case_episode c
                JOIN workforce.practitioner p ON p.id = c.practitioner_id
                JOIN governance.user_account u ON u.id = p.user_account_id
                WHERE u.username = 'linkworker' AND c.status = 'OPEN'
                ORDER BY c.opened_at DESC LIMIT 1""").query(UUID.class).single();
    }

    @Test
    void howToReachThePersonIsOnEveryTabOfTheirCase() {
        UUID caseId = linkWorkersOpenCase();
        jdbc.sql("""
                UPDATE people.person SET phone = '07700 900456', email = 'kerensa@example.org', preferred_contact = 'PHONE',
                       communication_needs = 'Hard of hearing: speak slowly', interpreter_language = 'Polish',
                       postcode = 'TR1 3QN'
                WHERE id = (SELECT person_id FROM engagement.case_episode WHERE id = ?)""").param(caseId).update();
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
        UUID caseId = linkWorkersOpenCase();
        jdbc.sql("""
                INSERT INTO engagement.case_note (id, case_id, body, safeguarding, written_at, written_by)
                VALUES (?, ?, ?, TRUE, ?, 'linkworker')""")
                .params(UUID.randomUUID(), caseId, "x".repeat(5_000), Timestamp.from(Instant.parse("2000-01-01T10:00:00Z")))
                .update();
        signIn("manager");
        open("/caseload");
        @SuppressWarnings("unchecked")
        Map<String, Long> sizes = (Map<String, Long>) js(
                "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth};");
        assertThat(sizes.get("scroll")).as("page width with a 5,000-character word").isLessThanOrEqualTo(sizes.get("client"));
        Long tableTop = (Long) js("return Math.round(document.getElementById('team-caseloads').getBoundingClientRect().top);");
        Long concernsTop = (Long) js("return Math.round(document.getElementById('open-concerns').getBoundingClientRect().top);");
        assertThat(tableTop).as("the team table above the concerns").isLessThan(concernsTop);
        assertThat(driver.findElement(By.id("open-concerns")).getText()).contains("open safeguarding concern");
        assertNoHorizontalScrollAt(320);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
