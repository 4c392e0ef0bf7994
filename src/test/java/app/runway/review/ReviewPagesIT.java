package app.runway.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.browser.Browser;
import app.runway.browser.BrowserTest;
import app.runway.questionnaire.Stage;
import app.runway.support.Answers;
import app.runway.support.Assessments;
import app.runway.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mentor in a real browser, on a phone, with the keyboard alone: signs in, filters the queue,
 * opens a review, types, saves a draft, runs into another mentor's save without losing a word,
 * publishes, and reads the page in Chinese. Every page is checked with axe-core. Screenshots of
 * each step are kept in target/review-screens.
 */
@BrowserTest
@Import(Assessments.class)
class ReviewPagesIT {

    private static final String MENTOR = "it-review-mentor@example.com";
    private static final String OTHER = "it-review-other@example.com";
    private static final Path SCREENS = Path.of("target", "review-screens");

    @Autowired
    Assessments fixtures;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMentorReviewsOnAPhoneWithTheKeyboard(Browser browser) {
        fixtures.mentor(MENTOR, "IT Mentor");
        UserAccount other = fixtures.mentor(OTHER, "Other Mentor");
        Assessment assessment = fixtures.submitted("it-review-founder@example.com",
                Assessments.profile("Phone <b>Labs</b>", "finance", Stage.SEED), Answers.MIDDLE,
                "Line one\nLine two <script>alert('note')</script>");

        browser.emulatePhone(375, 812);
        browser.open("/mentor?lang=en");
        assertThat(browser.path()).isEqualTo("/login");
        browser.signInHere(MENTOR, Assessments.PASSWORD);
        assertThat(browser.path()).isEqualTo("/mentor");
        check(browser, "1-queue");

        // Filter with the keyboard: unfold the filters, choose a stage, type a lower bound, press Enter.
        assertThat(browser.find(By.id("filter-stage")).isDisplayed()).isFalse();
        browser.find(By.cssSelector("details.queue-filters > summary")).sendKeys(Keys.ENTER);
        new Select(browser.find(By.id("filter-stage"))).selectByValue("seed");
        browser.find(By.id("filter-min")).sendKeys("10");
        press(browser, By.id("filter-min"), Keys.ENTER);
        assertThat(browser.uri().getQuery()).contains("stage=seed").contains("min=10");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Phone <b>Labs</b>");
        check(browser, "2-queue-filtered");

        // Open the review from the queue with Enter on its link.
        press(browser, By.linkText("Phone <b>Labs</b>"), Keys.ENTER);
        assertThat(browser.path()).isEqualTo("/mentor/reviews/" + assessment.getToken());
        assertThat(browser.find(By.cssSelector(".founder-note")).getText()).contains("<script>alert('note')</script>");
        check(browser, "3-review");

        browser.find(By.id("scores-market")).sendKeys("40");
        browser.find(By.id("comments-market")).sendKeys("**Talk** to buyers <script>alert('x')</script>");
        browser.find(By.id("verdict-READY_WITH_CONDITIONS")).sendKeys(Keys.SPACE);
        press(browser, By.cssSelector("button[value='save']"), Keys.ENTER);
        assertThat(browser.find(By.cssSelector("[role='status']")).getText()).contains("draft is saved");
        assertThat(browser.find(By.cssSelector(".founder-view .saved-comment strong")).getText()).isEqualTo("Talk");
        assertThat(browser.findAll(By.cssSelector("main script"))).isEmpty();
        check(browser, "4-draft-saved");

        // Another mentor saves while this one is still typing.
        long version = jdbc.queryForObject("select version from review where assessment_id = ?", Long.class,
                assessment.getId());
        SignedIn.as(OTHER, Role.MENTOR, () -> reviews.save(assessment.getToken(), version, new ReviewService.Input(
                List.of(new ReviewService.NoteInput("market", 70, "Other mentor: the market is fine")), null,
                List.of(), List.of(), null), false, other));
        WebElement comment = browser.find(By.id("comments-market"));
        comment.clear();
        comment.sendKeys("My second thoughts");
        press(browser, By.cssSelector("button[value='save']"), Keys.ENTER);
        assertThat(browser.find(By.cssSelector(".conflict[role='alert']")).getText())
                .contains("Another mentor saved this review").contains("Other Mentor");
        assertThat(browser.find(By.id("comments-market")).getDomProperty("value")).isEqualTo("My second thoughts");
        assertThat(browser.find(By.id("their-version")).getText()).contains("Other mentor: the market is fine");
        check(browser, "5-conflict");

        // Publishing now replaces the other version, knowingly.
        press(browser, By.cssSelector("button[value='publish']"), Keys.ENTER);
        assertThat(browser.find(By.cssSelector("[role='status']")).getText()).contains("published");
        assertThat(jdbc.queryForObject("select review_state from assessment where id = ?", String.class,
                assessment.getId())).isEqualTo("REVIEWED");
        check(browser, "6-published");

        browser.open("/mentor/reviews/" + assessment.getToken() + "?lang=zh");
        assertThat(browser.htmlLang()).isEqualTo("zh-CN");
        assertThat(browser.heading()).contains("的评审");
        check(browser, "7-chinese");
        browser.open("/mentor?lang=zh&state=all");
        check(browser, "8-queue-chinese");

        // And on a desktop screen.
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand(
                "Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        browser.open("/mentor?lang=en&state=all&sort=index-high");
        check(browser, "9-queue-desktop");
        browser.open("/mentor/reviews/" + assessment.getToken() + "?lang=en");
        check(browser, "10-review-desktop");
    }

    /** Axe finds nothing serious, nothing is wider than the phone, and a screenshot is kept. */
    private static void check(Browser browser, String name) {
        try {
            Files.createDirectories(SCREENS);
            // The whole page, not only the part on the screen.
            Object shot = ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand(
                    "Page.captureScreenshot", java.util.Map.of("format", "png", "captureBeyondViewport", true));
            Files.write(SCREENS.resolve(name + ".png"),
                    java.util.Base64.getDecoder().decode((String) ((java.util.Map<?, ?>) shot).get("data")));
        } catch (IOException | RuntimeException e) {
            System.err.println("no screenshot for " + name + ": " + e);
        }
        Object overflow = browser.script("""
                const main = document.querySelector('main');
                return [...main.querySelectorAll('*')]
                    .filter(e => !e.closest('.table-responsive'))
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 5);""");
        assertThat((List<?>) overflow).as("elements wider than the phone's screen on " + name).isEmpty();
        browser.assertAccessible();
    }
    /** Presses a key on an element (Enter on a link, a button or a field) and waits for the next page. */
    private static void press(Browser browser, By element, CharSequence key) {
        browser.pressAndWait(element, key);
    }
}
