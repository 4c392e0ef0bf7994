package app.runway.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core in the page. The script comes from the file named by {@code AXE_SCRIPT} (the CI
 * script installs a current axe-core there), or else from the axe-core webjar on the test classpath.
 */
final class Axe {

    static final String WEBJAR_SCRIPT = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    /** Impacts that fail a test; "moderate" and "minor" findings are only printed. */
    private static final Set<String> FAILING = Set.of("serious", "critical");

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (result) {
              done({version: axe.version, violations: result.violations.map(function (v) {
                return {id: v.id, impact: v.impact || 'unknown', help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(function (n) {
                    return {target: n.target.map(function (t) { return Array.isArray(t) ? t.join(' >>> ') : String(t); }).join(' '),
                      summary: n.failureSummary || ''};
                  })};
              })});
            }).catch(function (e) { done({error: String(e)}); });
            """;

    private static String script;

    private Axe() {
    }

    /** Fails with a list of rule, impact, help and failing elements for every serious or critical violation. */
    static void assertNoSeriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(script());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN);
        if (result.get("error") != null) {
            Assertions.fail("axe-core could not check " + driver.getCurrentUrl() + ": " + result.get("error"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        String where = driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\")";
        List<Map<String, Object>> failing = violations.stream().filter(v -> FAILING.contains(v.get("impact"))).toList();
        List<Map<String, Object>> others = violations.stream().filter(v -> !FAILING.contains(v.get("impact"))).toList();
        if (!others.isEmpty()) {
            System.out.println("axe-core " + result.get("version") + ": minor findings on " + where + ":\n" + describe(others));
        }
        if (!failing.isEmpty()) {
            Assertions.fail("axe-core " + result.get("version") + " found " + failing.size()
                    + " serious or critical accessibility violation(s) on " + where + ":\n" + describe(failing));
        }
    }

    @SuppressWarnings("unchecked")
    private static String describe(List<Map<String, Object>> violations) {
        return violations.stream().map(v -> {
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) v.get("nodes");
            String targets = nodes.stream()
                    .map(n -> "      " + n.get("target") + "\n        " + String.valueOf(n.get("summary")).replace("\n", "\n        "))
                    .collect(Collectors.joining("\n"));
            return "  - " + v.get("id") + " [" + v.get("impact") + "] " + v.get("help") + " (" + v.get("helpUrl") + ")\n" + targets;
        }).collect(Collectors.joining("\n"));
    }

    private static synchronized String script() {
        if (script == null) {
            script = load();
        }
        return script;
    }

    private static String load() {
        String file = System.getenv("AXE_SCRIPT");
        if (file != null && !file.isBlank()) {
            Path path = Path.of(file);
            if (!Files.isReadable(path)) {
                throw new IllegalStateException("AXE_SCRIPT names " + path + ", which cannot be read");
            }
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read AXE_SCRIPT " + path, e);
            }
        }
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(WEBJAR_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(WEBJAR_SCRIPT + " is not on the test classpath: is the "
                        + "org.webjars.npm:axe-core test dependency in the pom?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WEBJAR_SCRIPT, e);
        }
    }
}
