package org.peelrms.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs) driving
 * Peel's pages the way a member of staff does.
 *
 * <p>Every step waits for what it asked for, never for a fixed time: {@link #open} for the page it
 * asked for to have loaded, {@link #signIn} for the signed-in page (or the refusal), and every look
 * at the page ({@link #find}, {@link #waitForText}) for Peel's own requests (PrimeFaces' Ajax queue)
 * to have finished first. What the browser last showed is kept for {@link BrowserEvidence}.
 */
final class Browser implements AutoCloseable {
    private static final String CHROMIUM = System.getProperty("peel.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("peel.chromedriver", "/usr/bin/chromedriver");

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    /** What the browser showed when it closed: kept for a failing test's evidence. */
    record LastSight(String address, byte[] screenshot, String source, String console) {
    }

    private final WebDriver driver;

    Browser() {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and its driver at " + CHROMIUM + " and "
                    + DRIVER + ": install Debian's chromium and chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
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

    /** Opens a page of Peel and waits until that page (not the one before it) has loaded. */
    void open(String path) {
        String address = org.peelrms.it.PeelDeployment.BASE + path;
        driver.get(address);
        String wanted = address.split("[?#]")[0];
        wait("the page " + address + " to load", d -> d.getCurrentUrl().startsWith(wanted) && loaded());
    }

    /**
     * Signs in through the sign-in form and waits for the answer: the signed-in page Peel sends the
     * user to, or the sign-in page again saying the password is not right. Only then may the test
     * open another page, or the sign-in's own redirect could land after it.
     */
    void signIn(String user, String password) {
        open("");
        find(By.id("j_username")).sendKeys(user);
        find(By.id("j_password")).sendKeys(password);
        find(By.id("sign-in")).click();
        wait("the answer to signing in as " + user, d -> loaded()
                && (!d.findElements(By.id("signed-in-user")).isEmpty() || !d.findElements(By.id("login-error")).isEmpty()));
    }

    void signInAsDemo(String user) {
        signIn(user, "peel-demo-" + user);
    }

    /** Waits for Peel's requests to finish, then for the element to be visible, and returns it. */
    WebElement find(By by) {
        settle();
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Chooses an item of a PrimeFaces drop-down list as a person does: opens the list, waits until it
     * is open (the list says so to screen readers), clicks the item, and waits until the list shows it
     * as chosen.
     */
    void choose(String menuId, String label) {
        find(By.id(menuId)).click();
        By list = By.id(menuId + "_label");
        wait("the list " + menuId + " to open", d -> "true".equals(d.findElement(list).getAttribute("aria-expanded")));
        find(By.xpath("//*[@id='" + menuId + "_panel']//li[@data-label='" + label + "']")).click();
        wait("the list " + menuId + " to show '" + label + "' chosen", d -> label.equals(d.findElement(list).getText())
                && "false".equals(d.findElement(list).getAttribute("aria-expanded")));
    }

    /** Waits until the element's text contains the given text, and returns the text. */
    String waitForText(By by, String text) {
        settle();
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by).getText();
    }

    /** Waits until the page has loaded and no Ajax request of Peel's pages is under way. */
    void settle() {
        wait("the page's requests to finish", d -> loaded());
    }

    private boolean loaded() {
        Object answer = ((JavascriptExecutor) driver).executeScript("""
                return document.readyState === 'complete'
                  && (!window.jQuery || jQuery.active === 0)
                  && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());""");
        return Boolean.TRUE.equals(answer);
    }

    private void wait(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, PATIENCE).withMessage("waiting for " + what + " (the browser is at "
                + driver.getCurrentUrl() + ")").until(condition);
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
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            BrowserEvidence.keep(lastSight());
        } finally {
            driver.quit();
        }
    }

    private LastSight lastSight() {
        String address = attempt(driver::getCurrentUrl, "(unknown)");
        byte[] png = attempt(() -> ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES), null);
        String source = attempt(driver::getPageSource, "(no page source)");
        String console = attempt(() -> driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(Object::toString).collect(Collectors.joining("\n")), "(no console log)");
        return new LastSight(address, png, source, console);
    }

    private static <T> T attempt(java.util.function.Supplier<T> look, T otherwise) {
        try {
            return look.get();
        } catch (RuntimeException e) {
            return otherwise;
        }
    }
}
