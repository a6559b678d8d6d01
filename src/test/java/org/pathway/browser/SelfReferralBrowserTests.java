package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A member of the public refers themselves with the keyboard alone: a mistake first, then success. */
@BrowserTest
class SelfReferralBrowserTests extends BrowserTestSupport {

    @Test
    void aPersonRefersThemselvesByKeyboardAfterCorrectingAMistake() {
        open("/sign-in");
        WebElement link = driver.findElement(By.linkText("Refer yourself for social prescribing support"));
        link.sendKeys(Keys.ENTER);
        waitForHeading("Ask for social prescribing support");

        type("givenName", "Lowenna");
        driver.switchTo().activeElement().sendKeys(Keys.TAB, "Trewin", Keys.TAB, "9", Keys.TAB, "4", Keys.TAB, "1952",
                Keys.TAB, "TR99 ZZZ", Keys.TAB, "01632 960002");
        driver.findElement(By.id("preferredContact")).sendKeys(Keys.SPACE);
        WebElement practice = driver.findElement(By.id("gpPracticeId"));
        String practiceName = practice.findElements(By.tagName("option")).get(1).getText();
        practice.sendKeys(practiceName);
        driver.findElement(By.id("needs")).sendKeys(Keys.SPACE);
        type("anythingElse", "I would like to meet people nearby");
        driver.findElement(By.cssSelector("form button[type=submit]")).sendKeys(Keys.ENTER);

        WebElement summary = driver.findElement(By.cssSelector(".nhsuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Enter a real postcode, like TR1 3LJ",
                "Tick the box to agree to be referred");
        assertThat(driver.getTitle()).startsWith("Error: ");
        // Focus starts on the summary, so a screen reader reads the problems first and the keyboard starts there.
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("nhsuk-error-summary");
        assertThat(driver.findElement(By.id("givenName")).getAttribute("value")).isEqualTo("Lowenna");
        assertThat(driver.findElement(By.id("dobYear")).getAttribute("value")).isEqualTo("1952");
        assertThat(driver.findElement(By.id("needs")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("anythingElse")).getAttribute("value")).isEqualTo("I would like to meet people nearby");
        assertAccessible();

        // The summary's link takes the keyboard straight to the postcode.
        summary.findElement(By.linkText("Enter a real postcode, like TR1 3LJ")).sendKeys(Keys.ENTER);
        WebElement postcode = driver.findElement(By.id("postcode"));
        postcode.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "TR1 3LJ");
        driver.findElement(By.id("consentToReferral")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("consentToContact")).sendKeys(Keys.SPACE);
        driver.findElement(By.cssSelector("form button[type=submit]")).sendKeys(Keys.ENTER);

        waitForHeading("We have your request");
        assertThat(driver.findElement(By.id("reference")).getText()).matches("PW-[A-Z0-9]{8}");
        assertAccessible();
        assertNoHorizontalScrollAt(320);
    }

    @Test
    void aPersonWhoNeedsAnInterpreterAndDoesNotKnowTheirPracticeCanStillAsk() {
        open("/self-referral");
        waitForHeading("Ask for social prescribing support");
        // "Which language?" is asked only once they say they need an interpreter, and put away again on "No"
        WebElement language = driver.findElement(By.id("interpreterLanguage"));
        assertThat(language.isDisplayed()).as("the language question before any answer").isFalse();
        driver.findElement(By.id("interpreter-2")).sendKeys(Keys.SPACE);
        assertThat(language.isDisplayed()).as("the language question after No").isFalse();
        driver.findElement(By.id("interpreter")).sendKeys(Keys.SPACE);
        assertThat(language.isDisplayed()).as("the language question after Yes").isTrue();
        assertThat(driver.findElement(By.id("interpreter")).getAttribute("aria-controls"))
                .isEqualTo("conditional-interpreter");
        language.sendKeys("Polish");
        driver.findElement(By.id("communicationNeeds")).sendKeys(Keys.SPACE);

        type("givenName", "Kasia");
        type("familyName", "Nowak");
        type("dobDay", "2");
        type("dobMonth", "5");
        type("dobYear", "1948");
        type("postcode", "TR1 3LJ");
        type("phone", "01632 960003");
        driver.findElement(By.id("preferredContact")).sendKeys(Keys.SPACE);
        WebElement practice = driver.findElement(By.id("gpPracticeId"));
        assertThat(practice.findElements(By.tagName("option")).get(1).getText())
                .isEqualTo("I do not know, or I am not registered with a GP");
        practice.sendKeys("I do not know");
        driver.findElement(By.id("needs")).sendKeys(Keys.SPACE);
        driver.findElement(By.cssSelector("form button[type=submit]")).sendKeys(Keys.ENTER);

        // Consent forgotten: everything chosen stays.
        assertThat(driver.findElement(By.cssSelector(".nhsuk-error-summary")).getText())
                .contains("Tick the box to agree to be referred");
        assertThat(driver.findElement(By.id("interpreter")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("interpreterLanguage")).getAttribute("value")).isEqualTo("Polish");
        assertThat(driver.findElement(By.id("communicationNeeds")).isSelected()).isTrue();
        assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("gpPracticeId")))
                .getFirstSelectedOption().getText()).isEqualTo("I do not know, or I am not registered with a GP");
        assertAccessible();

        driver.findElement(By.id("consentToReferral")).sendKeys(Keys.SPACE);
        driver.findElement(By.cssSelector("form button[type=submit]")).sendKeys(Keys.ENTER);
        waitForHeading("We have your request");
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.sendKeys(text);
    }
}
