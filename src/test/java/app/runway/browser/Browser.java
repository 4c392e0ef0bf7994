package app.runway.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium pointed at the running application, with the few moves a reader makes:
 * open a first page, click a link, search, download a file, and check the page with axe-core.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PAGE_LOAD = Duration.ofSeconds(15);
    private static final Duration DOWNLOAD = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Runnable cleanup;
    private boolean open = true;

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

    /** Presses a key on an element (Enter on a link, a button or a field), the keyboard's way on, and waits for the next page. */
    public Browser pressAndWait(By by, CharSequence key) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(by).sendKeys(key);
        awaitNewPage(page);
        return this;
    }

    /** Fills in the sign-in form of this page and sends it with Enter in the password field, and waits for the next page. */
    public Browser signInHere(String email, String password) {
        find(By.id("username")).sendKeys(email);
        find(By.id("password")).sendKeys(password);
        return pressAndWait(By.id("password"), Keys.ENTER);
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
        wait.until(d -> isGone(previous));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element's page was replaced. While Chromium swaps documents, asking about an element
     * of the old one may fail with "does not belong to the document" instead of "stale": gone as well.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
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

    /**
     * Clicks a link to a file and waits until Chromium has saved it, completely, in the folder.
     * Headless Chromium refuses downloads until it is told where to put them.
     */
    public Path download(WebElement link, Path folder) {
        Path target = folder.toAbsolutePath();
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", target.toString()));
        Set<Path> before = files(target);
        link.click();
        // Chromium writes into a ".crdownload" file and renames it when the last byte has arrived.
        return new FluentWait<>(target).withTimeout(DOWNLOAD).pollingEvery(Duration.ofMillis(100))
                .withMessage(() -> "a download into " + target + " after clicking " + link)
                .until(dir -> {
                    Set<Path> now = files(dir);
                    if (now.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                        return null;
                    }
                    return now.stream().filter(f -> !before.contains(f) && size(f) > 0).findFirst().orElse(null);
                });
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Set<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
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

    boolean isOpen() {
        return open;
    }

    /** Quits Chromium, as a person closing the browser, and deletes its profile. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            driver.quit();
        } finally {
            cleanup.run();
        }
    }
}
