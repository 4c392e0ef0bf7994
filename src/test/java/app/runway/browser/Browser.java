package app.runway.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium pointed at the running application, with the few moves a reader makes:
 * open a first page, click a link, search, and check the page with axe-core.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PAGE_LOAD = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Runnable cleanup;

    Browser(ChromeDriver driver, String baseUrl, Runnable cleanup) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.cleanup = cleanup;
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Types an address into the browser: only for the first page of a visit. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Clicks a link or button the way a reader does, and waits for the next page to load. */
    public Browser clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        awaitNewPage(page);
        return this;
    }

    public Browser clickAndWait(By by) {
        return clickAndWait(driver.findElement(by));
    }

    /** Types into a search field and presses Enter. */
    public Browser search(By field, String words) {
        WebElement input = driver.findElement(field);
        WebElement page = driver.findElement(By.tagName("html"));
        input.clear();
        input.sendKeys(words, Keys.ENTER);
        awaitNewPage(page);
        return this;
    }

    private void awaitNewPage(WebElement previous) {
        WebDriverWait wait = new WebDriverWait(driver, PAGE_LOAD);
        wait.until(ExpectedConditions.stalenessOf(previous));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public URI uri() {
        return URI.create(driver.getCurrentUrl());
    }

    /** The address path, without query or fragment: {@code /guide/risks/compute-cost}. */
    public String path() {
        return uri().getPath();
    }

    public String title() {
        return driver.getTitle();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /**
     * Makes the page a phone's screen, as Chromium's device mode does: the viewport meta tag
     * applies and media queries see the phone's width.
     */
    public Browser emulatePhone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 3, "mobile", true));
        return this;
    }

    /** Fails the test on any serious or critical axe-core violation on the current page. */
    public Browser assertAccessible() {
        Axe.assertNoSeriousViolations(driver);
        return this;
    }

    /** Saves a screenshot and the page's HTML, to see what the browser saw when a test failed. */
    void keepEvidence(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not keep the browser's evidence for " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            cleanup.run();
        }
    }
}
