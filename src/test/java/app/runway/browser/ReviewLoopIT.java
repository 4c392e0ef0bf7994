package app.runway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole review loop in a real browser, with clicks and typing only: the admin creates a mentor; a
 * founder signs up, completes an assessment and submits it with a note; the mentor signs in, finds it in
 * the queue, saves a draft review and publishes it; the founder sees the mentor's scores beside the
 * self-scores and the comments; the admin finds all of it in the audit log. Every page visited is
 * checked with axe-core.
 */
@BrowserTest
// A database of its own: the first admin is only created in an empty one (FirstAdmin), and another
// browser test's context may already have made one with a generated password in the shared database.
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:review-loop;DB_CLOSE_DELAY=-1",
        "runway.account.admin-email=" + ReviewLoopIT.ADMIN,
        "runway.account.admin-password=" + ReviewLoopIT.ADMIN_PASSWORD})
class ReviewLoopIT {

    static final String ADMIN = "admin@loop.example";
    static final String ADMIN_PASSWORD = "admin-pass-2468";

    private static final String FOUNDER = "ada@lumen.example";
    private static final String FOUNDER_PASSWORD = "founder-pass-1357";
    private static final String MENTOR = "grace@mentors.example";
    private static final String MENTOR_PASSWORD = "mentor-pass-9753";
    private static final String STARTUP = "Lumen Diagnostics";
    private static final String NOTE = "We would value a second opinion on the market size.";

    private static final Pattern DIMENSION_PAGE = Pattern.compile("/assessments/([^/]+)/dimensions/[a-z-]+");
    private static final By NEXT = By.cssSelector("#answers button[name=action][value=next]");
    private static final By FINISH = By.cssSelector("#answers button[name=action][value=finish]");
    private static final By QUESTIONS = By.cssSelector("#answers fieldset.question");
    private static final By SIGN_OUT = By.cssSelector(".account-links form[action='/logout'] button");
    private static final By FLASH = By.cssSelector("div.alert-success[role=status]");

    @Autowired
    MessageSource messages;

    @Test
    void aFounderSubmitsAMentorReviewsAndPublishesTheFounderReadsItAndTheAdminSeesItAll(Browser browser) {
        // The admin creates the mentor's account.
        signIn(browser, ADMIN, ADMIN_PASSWORD);
        assertThat(browser.path()).isEqualTo("/admin");
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("main a[href='/admin/users']"));
        assertThat(browser.heading()).isEqualTo(en("admin.users.heading"));
        browser.assertAccessible();
        browser.find(By.id("email")).sendKeys(MENTOR);
        browser.find(By.id("displayName")).sendKeys("Grace Mentor");
        browser.find(By.cssSelector("label[for='" + radioId(browser, "role", "MENTOR") + "']")).click();
        browser.find(By.id("password")).sendKeys(MENTOR_PASSWORD);
        browser.clickAndWait(By.cssSelector("main form[action='/admin/users'] button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/admin/users");
        assertThat(browser.find(By.cssSelector("main .alert-success[role=status]")).getText())
                .isEqualTo(en("admin.users.created.MENTOR", MENTOR));
        assertThat(browser.findAll(By.cssSelector("main td.email")).stream().map(WebElement::getText))
                .contains(MENTOR);
        browser.assertAccessible();
        signOut(browser);

        // A founder signs up, from the sign-in page.
        browser.clickAndWait(By.cssSelector(".account-links a[href='/login']"));
        browser.clickAndWait(By.cssSelector("main a[href='/signup']"));
        assertThat(browser.heading()).isEqualTo(en("signup.title"));
        browser.assertAccessible();
        browser.find(By.id("email")).sendKeys(FOUNDER);
        browser.find(By.id("displayName")).sendKeys("Ada Founder");
        browser.find(By.id("password")).sendKeys(FOUNDER_PASSWORD);
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/me");
        assertThat(browser.find(FLASH).getText()).isEqualTo(en("signup.welcome"));
        assertThat(browser.find(By.cssSelector("main .founder-empty")).getText()).isEqualTo(en("founder.me.empty"));
        browser.assertAccessible();

        // ... starts an assessment from "my assessments" and answers every dimension.
        browser.clickAndWait(By.cssSelector("main a[href='/assessments/new']"));
        assertThat(browser.heading()).isEqualTo(en("assessment.new.heading"));
        browser.assertAccessible();
        browser.find(By.id("startupName")).sendKeys(STARTUP);
        new Select(browser.find(By.id("industry"))).selectByValue("healthcare");
        browser.find(By.cssSelector("label[for='stage-seed']")).click();
        browser.find(By.id("teamSize")).sendKeys("6");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        Matcher page = DIMENSION_PAGE.matcher(browser.path());
        assertThat(page.matches()).as("a dimension page: %s", browser.path()).isTrue();
        String token = page.group(1);
        answerEverything(browser);

        // The report.
        assertThat(browser.path()).isEqualTo("/assessments/" + token + "/report");
        assertThat(browser.heading()).isEqualTo(en("report.heading", STARTUP));
        browser.assertAccessible();

        // Back in "my assessments", it is there, ready to submit with a note.
        browser.clickAndWait(By.cssSelector(".account-links a[href='/me']"));
        assertThat(browser.find(By.cssSelector("main section.startup h2")).getText()).isEqualTo(STARTUP);
        assertThat(browser.find(By.cssSelector("main .history-item .review-state")).getText())
                .isEqualTo(en("founder.state.DRAFT"));
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("main a[href='/me/assessments/" + token + "/submit']"));
        assertThat(browser.heading()).isEqualTo(en("founder.submit.heading", STARTUP));
        browser.assertAccessible();
        browser.find(By.id("note")).sendKeys(NOTE);
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/me");
        assertThat(browser.find(FLASH).getText()).isEqualTo(en("founder.flash.submitted"));
        assertThat(browser.find(By.cssSelector("main .history-item .review-state")).getText())
                .isEqualTo(en("founder.state.SUBMITTED"));
        browser.assertAccessible();
        signOut(browser);

        // The mentor signs in and finds it in the queue.
        signIn(browser, MENTOR, MENTOR_PASSWORD);
        assertThat(browser.path()).isEqualTo("/mentor");
        assertThat(browser.heading()).isEqualTo(en("review.queue.heading"));
        WebElement row = queueRow(browser);
        assertThat(row.findElement(By.cssSelector(".state-badge")).getText()).isEqualTo(en("review.state.SUBMITTED"));
        browser.assertAccessible();
        browser.clickAndWait(row.findElement(By.cssSelector("th a")));

        // The review page: the founder's note and self-scores beside the mentor's panel.
        assertThat(browser.path()).isEqualTo("/mentor/reviews/" + token);
        assertThat(browser.heading()).isEqualTo(en("review.heading", STARTUP));
        assertThat(browser.find(By.cssSelector("main .founder-note")).getText()).isEqualTo(NOTE);
        assertThat(browser.find(By.cssSelector("main .report-meta .state-badge")).getText())
                .isEqualTo(en("review.state.IN_REVIEW"));
        List<WebElement> dimensions = browser.findAll(By.cssSelector("main fieldset.dimension-review"));
        assertThat(dimensions).hasSize(12);
        WebElement first = dimensions.get(0);
        String dimension = first.findElement(By.tagName("legend")).getText();
        String scoreId = first.findElement(By.cssSelector("input[type=number]")).getDomAttribute("id");
        String commentId = first.findElement(By.tagName("textarea")).getDomAttribute("id");
        String selfScore = first.findElement(By.cssSelector(".self-score strong")).getText();
        assertThat(selfScore).matches("\\d{1,3}");
        String mentorScore = String.valueOf(Integer.parseInt(selfScore) >= 50 ? Integer.parseInt(selfScore) - 20
                : Integer.parseInt(selfScore) + 20);
        browser.assertAccessible();

        // A score and a comment for one dimension, an overall comment in Markdown, a verdict; a draft first.
        browser.find(By.id(scoreId)).sendKeys(mentorScore);
        browser.find(By.id(commentId)).sendKeys("Evidence is *thin* here.<script>window.pwned = 1</script>");
        browser.find(By.id("overall")).sendKeys("A **strong** team.\n\n- Talk to ten customers\n- Price the pilot");
        browser.find(By.cssSelector("label[for='verdict-READY_WITH_CONDITIONS']")).click();
        browser.clickAndWait(By.cssSelector("main .review-actions button[value=save]"));
        assertThat(browser.path()).isEqualTo("/mentor/reviews/" + token);
        assertThat(browser.find(FLASH).getText()).isEqualTo(en("review.flash.saved"));
        assertThat(browser.find(By.id(scoreId)).getDomProperty("value")).isEqualTo(mentorScore);
        assertThat(browser.find(By.id("verdict-READY_WITH_CONDITIONS")).isSelected()).isTrue();
        assertThat(browser.find(By.cssSelector("main .founder-view .saved-comment strong")).getText())
                .isEqualTo("strong");
        browser.assertAccessible();

        // ... and publishes it.
        browser.clickAndWait(By.cssSelector("main .review-actions button[value=publish]"));
        assertThat(browser.path()).isEqualTo("/mentor/reviews/" + token);
        assertThat(browser.find(FLASH).getText()).isEqualTo(en("review.flash.published"));
        assertThat(browser.find(By.cssSelector("main .report-meta .state-badge")).getText())
                .isEqualTo(en("review.state.REVIEWED"));
        browser.assertAccessible();
        signOut(browser);

        // The founder signs in and reads the feedback beside the self-scores.
        signIn(browser, FOUNDER, FOUNDER_PASSWORD);
        assertThat(browser.path()).isEqualTo("/me");
        assertThat(browser.find(By.cssSelector("main .history-item .review-state")).getText())
                .isEqualTo(en("founder.state.REVIEWED"));
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("main a[href='/me/assessments/" + token + "/feedback']"));
        assertThat(browser.heading()).isEqualTo(en("founder.feedback.heading", STARTUP));
        assertThat(browser.find(By.cssSelector("main .verdict-box .band-title")).getText())
                .isEqualTo(en("review.verdict.READY_WITH_CONDITIONS"));
        WebElement scores = browser.findAll(By.cssSelector("main .feedback-table tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("th span")).getText().equals(dimension))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + dimension + " in the feedback table"));
        List<WebElement> cells = scores.findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).as("self-score").isEqualTo(selfScore);
        assertThat(cells.get(1).getText()).as("mentor's score").isEqualTo(mentorScore);
        WebElement overall = browser.find(By.cssSelector("main section[aria-labelledby=overall-heading] .prose"));
        assertThat(overall.findElement(By.tagName("strong")).getText()).isEqualTo("strong");
        assertThat(overall.findElements(By.cssSelector("li")).stream().map(WebElement::getText))
                .containsExactly("Talk to ten customers", "Price the pilot");
        WebElement comment = browser.findAll(By.cssSelector("main article.feedback-dimension")).stream()
                .filter(a -> a.findElement(By.tagName("h3")).getText().equals(dimension))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no comment on " + dimension));
        assertThat(comment.findElement(By.cssSelector(".feedback-comment em")).getText()).isEqualTo("thin");
        // Markdown, yes; the mentor's HTML, no: it shows as text and never runs.
        assertThat(comment.findElement(By.cssSelector(".feedback-comment")).getText())
                .isEqualTo("Evidence is thin here.<script>window.pwned = 1</script>");
        assertThat(browser.findAll(By.cssSelector("main script"))).isEmpty();
        assertThat(browser.script("return typeof window.pwned")).isEqualTo("undefined");
        browser.assertAccessible();
        signOut(browser);

        // The admin finds all of it in the audit log.
        signIn(browser, ADMIN, ADMIN_PASSWORD);
        browser.clickAndWait(By.cssSelector("main a[href='/admin/audit']"));
        assertThat(browser.heading()).isEqualTo(en("admin.audit.heading"));
        browser.assertAccessible();

        filterAudit(browser, FOUNDER, null);
        assertThat(auditRows(browser)).contains(
                FOUNDER + " | " + en("admin.action.SIGN_UP"),
                FOUNDER + " | " + en("admin.action.SIGN_IN"),
                FOUNDER + " | " + en("admin.action.ASSESSMENT_SUBMITTED") + " | " + STARTUP);
        browser.assertAccessible();

        filterAudit(browser, MENTOR, null);
        assertThat(auditRows(browser)).contains(
                MENTOR + " | " + en("admin.action.SIGN_IN"),
                MENTOR + " | " + en("admin.action.REVIEW_STARTED") + " | " + STARTUP,
                MENTOR + " | " + en("admin.action.REVIEW_SAVED") + " | " + STARTUP,
                MENTOR + " | " + en("admin.action.REVIEW_PUBLISHED") + " | " + STARTUP);
        browser.assertAccessible();

        filterAudit(browser, "", "ACCOUNT_CREATED");
        assertThat(auditRows(browser)).containsExactly(
                ADMIN + " | " + en("admin.action.ACCOUNT_CREATED") + " | " + MENTOR);
        browser.assertAccessible();

        filterAudit(browser, "", "SIGN_IN");
        assertThat(auditRows(browser)).as("newest first")
                .startsWith(ADMIN + " | " + en("admin.action.SIGN_IN"))
                .contains(MENTOR + " | " + en("admin.action.SIGN_IN"), FOUNDER + " | " + en("admin.action.SIGN_IN"));
        browser.assertAccessible();
    }

    private void signIn(Browser browser, String email, String password) {
        if (!browser.driver().getCurrentUrl().startsWith("http")) {
            browser.open("/");
        }
        browser.clickAndWait(By.cssSelector(".account-links a[href='/login']"));
        assertThat(browser.heading()).isEqualTo(en("login.title"));
        browser.assertAccessible();
        browser.signInHere(email, password);
        assertThat(browser.findAll(SIGN_OUT)).as("signed in as %s (at %s)", email, browser.path()).hasSize(1);
    }

    private void signOut(Browser browser) {
        browser.clickAndWait(SIGN_OUT);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.findAll(SIGN_OUT)).isEmpty();
        assertThat(browser.findAll(By.cssSelector(".account-links a[href='/login']"))).hasSize(1);
    }

    /** Answers every open question of the page by clicking a label, then Next (or Finish), until the report. */
    private static void answerEverything(Browser browser) {
        for (int pages = 0; pages < 40 && !browser.path().endsWith("/report"); pages++) {
            for (WebElement question : browser.findAll(QUESTIONS)) {
                List<WebElement> radios = question.findElements(By.cssSelector("input[type=radio]"));
                if (radios.isEmpty() || radios.stream().anyMatch(WebElement::isSelected)) {
                    continue;
                }
                // The last option is "I don't know"; the one before it the strongest. Vary a little.
                WebElement choice = radios.get(Math.max(0, radios.size() - (pages % 3 == 0 ? 3 : 2)));
                question.findElement(By.cssSelector("label[for='" + choice.getDomAttribute("id") + "']")).click();
                assertThat(choice.isSelected()).isTrue();
            }
            if (pages == 0) {
                browser.assertAccessible();
            }
            List<WebElement> finish = browser.findAll(FINISH);
            browser.clickAndWait(finish.isEmpty() ? browser.find(NEXT) : finish.get(0));
        }
    }

    /** The queue's row for the startup. */
    private static WebElement queueRow(Browser browser) {
        return browser.findAll(By.cssSelector("main .queue-table tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("th a")).getText().equals(STARTUP))
                .findFirst()
                .orElseThrow(() -> new AssertionError(STARTUP + " is not in the review queue"));
    }

    /** The id of a radio button in a group, by its value. */
    private static String radioId(Browser browser, String name, String value) {
        return browser.find(By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']"))
                .getDomAttribute("id");
    }

    private static void filterAudit(Browser browser, String actor, String action) {
        WebElement field = browser.find(By.id("audit-actor"));
        field.clear();
        field.sendKeys(actor);
        Select select = new Select(browser.find(By.id("audit-action")));
        if (action == null) {
            select.selectByIndex(0);
        } else {
            select.selectByValue(action);
        }
        browser.clickAndWait(By.cssSelector("main form.filters button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/admin/audit");
    }

    /** Each row of the log as "who | what | about" (about left off when empty). */
    private static List<String> auditRows(Browser browser) {
        return browser.findAll(By.cssSelector("main .audit-table tbody tr")).stream().map(tr -> {
            List<WebElement> cells = tr.findElements(By.tagName("td"));
            String line = cells.get(1).getText() + " | " + cells.get(2).getText();
            String about = cells.get(3).getText();
            return about.isBlank() || about.equals(cells.get(1).getText()) ? line : line + " | " + about;
        }).toList();
    }

    private String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
