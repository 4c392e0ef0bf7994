package app.runway.admin;

import static app.runway.support.Answers.BEST;
import static app.runway.support.Answers.WORST;
import static org.assertj.core.api.Assertions.assertThat;

import app.runway.account.AccountService;
import app.runway.account.Role;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.ReviewState;
import app.runway.browser.Browser;
import app.runway.browser.BrowserTest;
import app.runway.questionnaire.Stage;
import app.runway.support.Assessments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin in a real browser, with the keyboard where a person would use it: signs in, creates a
 * mentor, disables the account after confirming, reloads the guide, reads the audit log, and looks
 * at the cohort dashboard on a phone, in English and Chinese. Every page is checked with axe-core.
 */
@BrowserTest
class AdminPagesIT {

    private static final String ADMIN = "it-admin@example.com";
    private static final String PASSWORD = "It-admin-pass-1";

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    @Autowired
    QuestionnaireCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminRunsThePortalWithTheKeyboard(Browser browser) {
        if (accounts.byEmail(ADMIN).isEmpty()) {
            accounts.createByAdmin("test", ADMIN, "IT Admin", PASSWORD, Role.ADMIN);
        }
        signIn(browser, "/admin?lang=en");
        assertThat(browser.path()).isEqualTo("/admin");
        browser.assertAccessible();

        // Users: create a mentor, typing and pressing Enter as a person would.
        browser.clickAndWait(By.cssSelector("main a[href='/admin/users']"));
        browser.assertAccessible();
        browser.find(By.id("email")).sendKeys("it-mentor@example.com");
        browser.find(By.id("displayName")).sendKeys("Mei <b>Mentor</b>");
        browser.find(By.cssSelector("input[name='role'][value='MENTOR']")).sendKeys(Keys.SPACE);
        browser.find(By.id("password")).sendKeys("short1");
        submitWithEnter(browser, By.id("password"));
        // The rule is named, tied to the field, and announced.
        assertThat(browser.find(By.id("password-error")).getText()).contains("10");
        assertThat(browser.find(By.id("password")).getDomAttribute("aria-describedby")).contains("password-error");
        browser.assertAccessible();
        browser.find(By.id("password")).sendKeys("mentor-pass-1");
        submitWithEnter(browser, By.id("password"));
        assertThat(browser.find(By.cssSelector("main [role='status']")).getText()).contains("it-mentor@example.com");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Mei <b>Mentor</b>");
        browser.assertAccessible();

        // Disable it, after the confirmation page.
        browser.clickAndWait(By.cssSelector("a[aria-label='Disable it-mentor@example.com']"));
        assertThat(browser.path()).endsWith("/disable");
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("main form button[type='submit']"));
        assertThat(browser.path()).isEqualTo("/admin/users");
        assertThat(accounts.byEmail("it-mentor@example.com").orElseThrow().isEnabled()).isFalse();

        // Reload the guide: the bundled one, unchanged.
        browser.open("/admin/guide");
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("main form button[type='submit']"));
        assertThat(browser.find(By.cssSelector("main [role='status']")).getText()).startsWith("Nothing changed");
        browser.assertAccessible();

        // The audit log, filtered to account changes.
        browser.open("/admin/audit");
        new Select(browser.find(By.id("audit-action"))).selectByValue("ACCOUNT_DISABLED");
        submitWithEnter(browser, By.id("audit-actor"));
        assertThat(browser.find(By.cssSelector("main table")).getText()).contains("it-mentor@example.com")
                .contains(ADMIN);
        browser.assertAccessible();
        browser.open("/admin/audit?lang=zh");
        assertThat(browser.htmlLang()).isEqualTo("zh-CN");
        browser.assertAccessible();
    }

    @Test
    void theCohortDashboardReadsOnAPhoneInBothLanguages(Browser browser) {
        if (accounts.byEmail(ADMIN).isEmpty()) {
            accounts.createByAdmin("test", ADMIN, "IT Admin", PASSWORD, Role.ADMIN);
        }
        Assessments fixtures = new Assessments(accounts, assessments, catalog, jdbc);
        fixtures.inState(ReviewState.SUBMITTED, "移动端测试公司", "finance", Stage.SEED, WORST);
        fixtures.inState(ReviewState.REVIEWED, "<i>Phone</i> Labs", "retail", Stage.IDEA, BEST);

        browser.emulatePhone(375, 812);
        signIn(browser, "/mentor/cohort?lang=en");
        assertThat(browser.path()).isEqualTo("/mentor/cohort");
        assertThat(browser.findAll(By.cssSelector("main svg[role='img']"))).hasSize(6);
        assertNothingSticksOut(browser);
        browser.assertAccessible();

        // Filter with the keyboard alone.
        WebElement stage = browser.find(By.id("filter-stage"));
        new Select(stage).selectByValue("seed");
        submitWithEnter(browser, By.cssSelector("form.filters button[type='submit']"));
        assertThat(browser.uri().getQuery()).contains("stage=seed");
        assertThat(browser.find(By.cssSelector("main .cohort-total")).getText()).doesNotContain("No assessments");
        browser.assertAccessible();

        browser.open("/mentor/cohort?lang=zh");
        assertThat(browser.htmlLang()).isEqualTo("zh-CN");
        assertThat(browser.heading()).isEqualTo("群组看板");
        assertNothingSticksOut(browser);
        browser.assertAccessible();
    }

    private static void signIn(Browser browser, String target) {
        browser.open(target);
        assertThat(browser.path()).isEqualTo("/login");
        browser.signInHere(ADMIN, PASSWORD);
    }

    /** Presses Enter in a field, the keyboard way of sending its form, and waits for the next page. */
    private static void submitWithEnter(Browser browser, By field) {
        browser.pressAndWait(field, Keys.ENTER);
    }

    /** On a phone nothing in the content is wider than the screen; wide tables scroll inside their box. */
    private static void assertNothingSticksOut(Browser browser) {
        Object overflow = browser.script("""
                const main = document.querySelector('main');
                return [...main.querySelectorAll('*')]
                    .filter(e => !e.closest('.table-responsive'))
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .map(e => e.tagName + '.' + e.className).slice(0, 5);""");
        assertThat((java.util.List<?>) overflow).as("elements wider than the phone's screen").isEmpty();
    }
}
