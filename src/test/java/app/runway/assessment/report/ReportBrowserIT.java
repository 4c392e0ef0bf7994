package app.runway.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import app.runway.assessment.Assessment;
import app.runway.browser.Browser;
import app.runway.browser.BrowserTest;
import app.runway.support.Assessments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The report in a real browser, on a desktop and on a phone, in both languages: the chart, the
 * what-if form, the re-score and the way into the guide, each page checked with axe-core.
 * Screenshots are kept in target/report-screens.
 */
@BrowserTest
@Import(Assessments.class)
class ReportBrowserIT {

    private static final Path SCREENS = Path.of("target", "report-screens");

    @Autowired
    Assessments fixtures;

    @Test
    void aFounderReadsTheReportTriesAnotherAnswerAndFollowsAFlagIntoTheGuide(Browser browser) {
        Assessment lab = fixtures.withUnknowns("Deep <i>Lab</i>", "data-sources");
        String report = "/assessments/" + lab.getToken() + "/report";

        browser.open(report + "?lang=en");
        assertThat(browser.heading()).isEqualTo("Readiness report for Deep <i>Lab</i>");
        assertThat(browser.find(By.cssSelector("svg.radar")).isDisplayed()).isTrue();
        assertThat(browser.findAll(By.cssSelector(".dimension-table tbody tr"))).hasSize(12);
        check(browser, "1-report");

        // What if: pick a question, then another answer.
        new Select(browser.find(By.id("what-if-question"))).selectByValue("customer-interviews");
        browser.clickAndWait(By.cssSelector("#what-if button[type=submit]"));
        assertThat(browser.path()).endsWith("/report/what-if");
        check(browser, "2-what-if-options");
        browser.find(By.cssSelector("input[name=option][value=many]")).click();
        browser.clickAndWait(By.cssSelector("form fieldset ~ button[type=submit]"));
        assertThat(browser.find(By.id("result-heading")).getText()).isEqualTo("What would change");
        check(browser, "3-what-if-result");

        // Into the guide from a flag, and the guide knows.
        browser.open(report + "?lang=en");
        browser.clickAndWait(By.cssSelector("#pitfalls .flag-title a"));
        assertThat(browser.path()).startsWith("/guide/pitfalls/");
        assertThat(browser.find(By.cssSelector(".reader-status")).getText())
                .contains("Flagged in your assessment of Deep <i>Lab</i>.");
        check(browser, "4-guide-status");
    }

    @Test
    void theReportReadsWellOnAPhoneInChinese(Browser browser) {
        Assessment lab = fixtures.researchLab("深度实验室");

        browser.emulatePhone(375, 812);
        browser.open("/assessments/" + lab.getToken() + "/report?lang=zh");
        assertThat(browser.htmlLang()).isEqualTo("zh-CN");
        assertThat(browser.heading()).isEqualTo("准备度报告：深度实验室");
        // Nothing wider than the phone: the page does not scroll sideways.
        assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(375L);
        check(browser, "5-phone-zh");
    }

    @Test
    void anOutdatedReportIsRescoredOnTheFoundersWord(Browser browser) {
        Assessment old = fixtures.scoredAgainstAnOlderVersion("Old Timer");

        browser.open("/assessments/" + old.getToken() + "/report?lang=en");
        check(browser, "6-outdated");
        browser.clickAndWait(By.cssSelector(".outdated a"));
        assertThat(browser.path()).endsWith("/rescore");
        check(browser, "7-rescore");
        browser.clickAndWait(By.cssSelector(".rescore-actions button"));
        assertThat(browser.path()).endsWith("/report");
        assertThat(browser.find(By.cssSelector("main .alert-success")).getText())
                .isEqualTo("Your assessment has been re-scored under the current guide.");
        assertThat(browser.findAll(By.cssSelector(".outdated"))).isEmpty();
        check(browser, "8-rescored");
    }

    /** Checks the page with axe-core and keeps a screenshot of it. */
    private static void check(Browser browser, String name) {
        browser.assertAccessible();
        try {
            Files.createDirectories(SCREENS);
            Files.write(SCREENS.resolve(name + ".png"),
                    ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
