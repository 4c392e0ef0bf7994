package app.runway.browser;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts a fresh headless Chromium for every test method and hands it over as a {@link Browser};
 * a test that needs another browser, say to come back after closing the first, takes {@link Browsers}.
 *
 * <p>Browser and driver are Debian's ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}),
 * given to Selenium by path, so that Selenium Manager never looks for or downloads anything. When
 * they are missing the tests are skipped on a developer's machine, but fail when {@code CI=true}:
 * a build server must not pass by running no browser test at all.
 */
public class ChromiumExtension
        implements TestInstancePreConstructCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** What a desktop reader sees; tests may change it, for example to a phone's size. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    /**
     * Checks for the browser before the test instance exists, that is before Spring starts the
     * application for it, and per test method, so that each test is reported skipped with the reason.
     */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need Debian's Chromium and its driver; missing: " + missing + ". "
                + "Install them with: apt-get install chromium chromium-driver";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true, so this fails instead of skipping)");
        }
        noteSkipped(factory.getTestClass().getName());
        Assumptions.abort(message + " (skipped; with CI=true this fails)");
    }

    /** Names a skipped class for the last line of the build (pom.xml: name-skipped-browser-tests). */
    private static synchronized void noteSkipped(String testClass) {
        Path file = Path.of("target", "browser-tests-skipped.txt");
        try {
            Files.createDirectories(file.getParent());
            List<String> known = Files.exists(file) ? Files.readAllLines(file) : List.of();
            if (!known.contains(testClass)) {
                Files.writeString(file, testClass + System.lineSeparator(), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            // The build's last line is a courtesy; the skip itself is reported by the test run.
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        context.getStore(NAMESPACE).put(Browsers.class, new Browsers("http://localhost:" + port));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browsers browsers = context.getStore(NAMESPACE).remove(Browsers.class, Browsers.class);
        if (browsers == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                browsers.keepEvidence(Path.of("target", "browser-failures"),
                        context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
            }
        } finally {
            browsers.close();
        }
    }

    /** A {@link Browser} parameter is the test's first browser; a {@link Browsers} parameter starts more. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == Browsers.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browsers browsers = context.getStore(NAMESPACE).get(Browsers.class, Browsers.class);
        return parameter.getParameter().getType() == Browsers.class ? browsers : browsers.first();
    }

    /** A new headless Chromium with a profile folder of its own, deleted when the browser is closed. */
    static Browser start(String baseUrl) {
        Path profile;
        try {
            profile = Files.createTempDirectory("runway-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a profile folder for Chromium", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT,
                // The first visit's language comes from Accept-Language: make it English everywhere.
                "--lang=en-US",
                // Bootstrap scrolls smoothly otherwise, and a click can land while the page still moves.
                "--force-prefers-reduced-motion");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), baseUrl, () -> deleteTree(profile));
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover folder in the temp directory is no reason to fail a test.
        }
    }
}
