package org.pathway.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Debian's Chromium headless against a running Pathway. Without Chromium the tests are skipped
 * with a message, unless {@code pathway.browser-tests.required=true} (CI) turns that into a failure.
 * Nothing is downloaded: the browser and driver paths are given explicitly. Each test class is a {@link BrowserTest}:
 * it runs against the tests' own ICS and builds what it shows.
 */
public abstract class BrowserTestSupport {

    static final Path CHROMIUM = Path.of(System.getProperty("pathway.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("pathway.chromedriver", "/usr/bin/chromedriver"));
    private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

    protected static WebDriver driver;
    private static Path profile;

    @LocalServerPort
    protected int port;

    /** The sign-in password of the test ICS's accounts. */
    protected String password() {
        return org.pathway.support.TestIcs.PASSWORD;
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available) {
            String message = "Browser tests need Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver)";
            if (Boolean.getBoolean("pathway.browser-tests.required")) {
                fail(message + ", and pathway.browser-tests.required is true");
            }
            Assumptions.abort(message + ": skipped");
        }
        profile = Files.createTempDirectory("pathway-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900");
        // The browser's console, so tests can fail on what a person would see as errors there.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "SEVERE"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void freshSession() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        open("/sign-in");
        driver.manage().deleteAllCookies();
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    protected void signIn(String username) {
        open("/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password());
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(driver.findElements(By.cssSelector("form[action='/sign-out']"))).as("signed in as " + username)
                .isNotEmpty();
    }

    /** Waits for the page after a navigation to show this main heading (the old page may still be there). */
    protected void waitForHeading(String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(
                        org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> text.equals(d.findElement(By.tagName("h1")).getText()));
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs axe-core's WCAG 2.2 A and AA rules on the current page and fails on any violation. */
    @SuppressWarnings("unchecked")
    protected void assertAccessible() {
        try {
            js(Files.readString(AXE));
        } catch (IOException e) {
            fail("axe-core is missing: run npm ci (the Maven build does)");
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}})
                   .then(r => done({passes: r.passes.length, violations: r.violations.map(v => v.id + ': ' + v.help
                       + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '))}))
                   .catch(e => done({passes: 0, violations: ['axe failed: ' + e]}));""");
        Map<String, Object> outcome = (Map<String, Object>) result;
        assertThat((List<String>) outcome.get("violations")).as("WCAG 2.2 AA violations on " + driver.getCurrentUrl())
                .isEmpty();
        assertThat((Long) outcome.get("passes")).as("axe rules that ran and passed").isPositive();
    }

    /**
     * Nothing the page loaded or ran wrote an error to the browser's console (a refused font or script, a missing
     * file, a script error) since the last check.
     */
    protected void assertNoConsoleErrors() {
        List<String> errors = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll()
                .stream().filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage()).toList();
        assertThat(errors).as("console errors on " + driver.getCurrentUrl()).isEmpty();
    }

    /** The page fits the viewport's width: nothing scrolls sideways at 320 px. */
    protected void assertNoHorizontalScrollAt(int width) {
        driver.manage().window().setSize(new Dimension(width, 800));
        Map<String, Long> sizes = (Map<String, Long>) js(
                "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth};");
        assertThat(sizes.get("scroll")).as("page width at " + width + " px of " + driver.getCurrentUrl())
                .isLessThanOrEqualTo(sizes.get("client"));
    }
}
