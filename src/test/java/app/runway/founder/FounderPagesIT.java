package app.runway.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import app.runway.account.AccountService;
import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.browser.Browser;
import app.runway.browser.BrowserTest;
import app.runway.support.Assessments;
import app.runway.support.Assessments.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A founder on a phone, with the keyboard alone, in a real browser: claims an assessment made
 * without an account by signing in from its claim page, submits one for review with a note,
 * compares two assessments of a startup, follows its progress over time and reads a mentor's
 * feedback, in English and Chinese.
 * Every page is checked with axe-core, and nothing on it may be wider than the phone.
 */
@BrowserTest
class FounderPagesIT {

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    @Autowired
    QuestionnaireCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    Assessments fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Assessments(accounts, assessments, catalog, jdbc);
    }

    @Test
    void aFounderFollowsTheirStartupsOnAPhoneWithTheKeyboard(Browser browser) {
        Person ada = fixtures.founder();
        Assessment first = fixtures.researchLab(ada, "Deep <i>Lab</i>");
        Assessment second = fixtures.improvedRetake(ada, first);
        Assessment reviewed = fixtures.submitted(ada, fixtures.researchLab(ada, "深度实验室"), null);
        fixtures.publishedReview(reviewed, fixtures.mentor(), fixtures.otherStrategy(reviewed),
                fixtures.recommendedStrategy(reviewed));
        Assessment anonymous = fixtures.strong("Made Without An Account");
        browser.emulatePhone(375, 812);

        // Claim: a visitor is asked to sign in, signs in, and comes back to confirm.
        browser.open("/assessments/" + anonymous.getToken() + "/claim?lang=en");
        checkPage(browser);
        pressEnter(browser, By.cssSelector("main a[href='/login']"));
        assertThat(browser.path()).isEqualTo("/login");
        browser.signInHere(ada.email(), Assessments.PASSWORD);
        assertThat(browser.path()).isEqualTo("/assessments/" + anonymous.getToken() + "/claim");
        checkPage(browser);
        pressEnter(browser, By.cssSelector("main form button[type='submit']"));
        assertThat(browser.path()).isEqualTo("/me");
        assertThat(browser.find(By.cssSelector("[role='status']")).getText()).contains("now in your account");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Made Without An Account",
                "Deep <i>Lab</i>", "深度实验室");
        checkPage(browser);

        // Submit the first one for review, with a note.
        pressEnter(browser, By.cssSelector("main a[href='/me/assessments/" + second.getToken() + "/submit']"));
        checkPage(browser);
        browser.find(By.id("note")).sendKeys("Is our <b>market</b> work enough?");
        pressEnter(browser, By.cssSelector("main form button[type='submit']"));
        assertThat(browser.path()).isEqualTo("/me");
        assertThat(browser.find(By.cssSelector("[role='status']")).getText()).contains("submitted");
        assertThat(browser.find(By.id("row-" + second.getToken())).findElement(By.xpath("..")).getText())
                .contains("Submitted, waiting for a mentor");

        // Compare the two assessments of Deep Lab.
        pressEnter(browser, By.cssSelector("main a[href^='/me/compare?a=" + first.getToken() + "']"));
        assertThat(browser.path()).isEqualTo("/me/compare");
        assertThat(browser.heading()).isEqualTo("How \u201CDeep <i>Lab</i>\u201D has changed");
        checkPage(browser);

        // Deep Lab's progress over time: a chart per score and the table of the numbers.
        browser.open("/me");
        pressEnter(browser, By.cssSelector("main a[href='/me/startups/" + second.getToken() + "/progress']"));
        assertThat(browser.heading()).isEqualTo("How \u201CDeep <i>Lab</i>\u201D has progressed");
        assertThat(browser.find(By.cssSelector("main table")).getText()).contains(first.result().index().toString(),
                second.result().index().toString());
        checkPage(browser);

        // The mentor's feedback, beside the self-scores.
        browser.open("/me/assessments/" + reviewed.getToken() + "/feedback");
        assertThat(browser.find(By.cssSelector("main table")).getText()).contains("30");
        checkPage(browser);

        // And in Chinese.
        browser.open("/me?lang=zh");
        assertThat(browser.htmlLang()).isEqualTo("zh-CN");
        assertThat(browser.heading()).isEqualTo("我的评估");
        checkPage(browser);
        browser.open("/me/compare?a=" + first.getToken() + "&b=" + second.getToken());
        checkPage(browser);
        browser.open("/me/assessments/" + reviewed.getToken() + "/feedback");
        checkPage(browser);
        browser.open("/me/startups/" + first.getToken() + "/progress");
        assertThat(browser.heading()).isEqualTo("\u201CDeep <i>Lab</i>\u201D的进展");
        checkPage(browser);
    }

    private static void checkPage(Browser browser) {
        assertNothingSticksOut(browser);
        browser.assertAccessible();
    }
    /** Enter on a link, a button or a field: the keyboard's way on; waits for the next page. */
    private static void pressEnter(Browser browser, By by) {
        browser.pressAndWait(by, Keys.ENTER);
    }

    /** On a phone nothing in the content is wider than the screen; wide tables scroll inside their box. */
    private static void assertNothingSticksOut(Browser browser) {
        Object overflow = browser.script("""
                const main = document.querySelector('main');
                return [...main.querySelectorAll('*')]
                    .filter(e => !e.closest('.table-responsive'))
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .map(e => e.tagName + '.' + e.className).slice(0, 5);""");
        assertThat((List<?>) overflow).as("elements wider than the phone's screen").isEmpty();
        Object sideways = browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) sideways).intValue()).as("the page scrolls sideways").isLessThanOrEqualTo(0);
    }
}
