package org.unionaid.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real-browser tests: Debian's headless Chromium driven by Selenium through the Debian chromedriver,
 * against the shared test server. Without Chromium the tests are skipped with a message, except on CI
 * ({@code CI=true}), where a missing browser fails the run: .ci/run installs it.
 */
@Tag("browser")
public abstract class BrowserTestSupport extends IntegrationTestSupport {

    static final String CHROMIUM = System.getProperty("unionaid.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("unionaid.chromedriver", "/usr/bin/chromedriver");

    protected static WebDriver browser;
    protected WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String message = "Chromium or chromedriver not found at " + CHROMIUM + " / " + CHROMEDRIVER
                    + ": browser tests skipped. Install them with: apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            System.err.println(message);
            Assumptions.abort(message);
        }
        if (browser == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            Path profile = Files.createTempDirectory("unionaid-chromium");
            options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--disable-extensions", "--lang=zh-CN",
                    "--user-data-dir=" + profile, "--window-size=1280,900"));
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    browser.quit();
                } catch (RuntimeException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
    }

    @AfterAll
    static void signOutBetweenClasses() {
        if (browser != null) {
            browser.manage().deleteAllCookies();
        }
    }

    @BeforeEach
    void freshSession() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // a page that is being replaced (redirect after a POST, an htmx swap) may drop an element under us
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    protected void open(String path) {
        browser.get(baseUrl() + path);
    }

    /** Signs in through the real login form (so the form's CSRF field is exercised too). */
    protected void signIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        click(By.id("login-submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    protected void signInAsDemo(String username) {
        signIn(username, "unionaid-demo");
    }

    /** A phone-sized window (360 × 740), as most workers use. */
    protected void usePhoneWindow() {
        browser.manage().window().setSize(new Dimension(360, 740));
    }

    /**
     * Scrolls the element to the middle of the window at once (Bootstrap turns on smooth scrolling, which
     * would move the element while the click lands) and clicks it like a user.
     */
    protected void click(By locator) {
        WebElement element = browser.findElement(locator);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    protected WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot under target/screenshots, for looking at what the user saw. */
    protected void screenshot(String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            System.err.println("screenshot failed: " + e);
        }
    }
}
