package org.peelrms.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs) driving
 * Peel's pages the way a member of staff does.
 */
final class Browser implements AutoCloseable {
    private static final String CHROMIUM = System.getProperty("peel.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("peel.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;

    Browser() {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and its driver at " + CHROMIUM + " and "
                    + DRIVER + ": install Debian's chromium and chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("peel-chromium"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        driver = new ChromeDriver(service, options);
    }

    void open(String path) {
        driver.get(org.peelrms.it.PeelDeployment.BASE + path);
    }

    /** Signs in through the sign-in form; the browser is then on the page it was sent to. */
    void signIn(String user, String password) {
        open("");
        find(By.id("j_username")).sendKeys(user);
        find(By.id("j_password")).sendKeys(password);
        find(By.id("sign-in")).click();
    }

    void signInAsDemo(String user) {
        signIn(user, "peel-demo-" + user);
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element's text contains the given text, and returns the text. */
    String waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by).getText();
    }

    /** Waits for a message at the top of the page (an error or a confirmation) saying this. */
    String message(String expected) {
        return waitForText(By.id("messages"), expected);
    }

    boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    String heading() {
        return find(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebDriver driver() {
        return driver;
    }

    /** The form fields on the page that a screen reader could not name (no label, no aria name). */
    @SuppressWarnings("unchecked")
    List<String> unlabelledFields() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(e => e.type !== 'hidden' && e.offsetParent !== null)
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                               && !e.getAttribute('aria-labelledby'))
                  .map(e => e.id || e.name);""");
    }

    /**
     * Runs axe-core (the WCAG 2.0-2.2 A and AA rules) on the page as it is now and returns its serious and
     * critical violations, one line each: rule, what it asks, how many elements and the first of them.
     * The count is printed with the page's address, for the test output.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityProblems() {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof axe !== 'undefined';"))) {
            try (java.io.InputStream axe = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                page.executeScript(new String(axe.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("axe.min.js (com.deque.html.axe-core:selenium) is not on the test classpath", e);
            }
        }
        List<String> problems = (List<String>) page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']}})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' (' + v.nodes.length + ' element(s), e.g. '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') + ')')))
                  .catch(e => done(['axe-core could not run: ' + e]));""");
        System.out.println("axe-core: " + problems.size() + " serious or critical problem(s) on " + driver.getCurrentUrl()
                + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems)));
        return problems;
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, for a person to look at. */
    void screenshot(String name) {
        try {
            java.nio.file.Path folder = Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
