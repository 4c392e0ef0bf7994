package app.runway.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.assessment.scoring.Profile;
import app.runway.browser.Browser;
import app.runway.browser.BrowserTest;
import app.runway.questionnaire.Stage;
import app.runway.support.Answers;
import app.runway.support.Assessments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * "How you compare" in a real browser, checked with axe-core: the peers' quartiles as a table with its
 * pictures, the founder sharing from the report with a plain form, and the explanation with too few peers.
 */
@BrowserTest
@Import(Assessments.class)
class PeerComparisonBrowserIT {

    private static final Path SCREENS = Path.of("target", "report-screens");
    private static final By SIGN_OUT = By.cssSelector(".account-links form[action='/logout'] button");

    @Autowired
    Assessments fixtures;

    @AfterEach
    void nobodyShares() {
        fixtures.nobodyShares();
    }

    @Test
    void aFounderSharesAndSeesWhereTheyStand(Browser browser) {
        for (int level = 0; level < 5; level++) {
            UserAccount peer = fixtures.founder().account();
            fixtures.shared(peer, completed(peer, Stage.GROWTH, level % 4));
        }
        UserAccount founder = fixtures.founder().account();
        Assessment own = completed(founder, Stage.GROWTH, 2);

        browser.open("/login?lang=en");
        browser.signInHere(founder.getEmail(), Assessments.PASSWORD);
        assertThat(browser.findAll(SIGN_OUT)).hasSize(1);

        browser.open("/assessments/" + own.getToken() + "/report");
        assertThat(browser.find(By.id("compare-heading")).getText()).isEqualTo("How you compare");
        assertThat(browser.findAll(By.cssSelector(".peer-table tbody tr"))).hasSize(13);
        assertThat(browser.findAll(By.cssSelector(".peer-table svg.peer-bar"))).isNotEmpty();
        browser.assertAccessible();
        screenshot(browser, "peers-1-table");

        browser.clickAndWait(By.cssSelector(".peer-sharing button[type=submit]"));
        assertThat(browser.path()).endsWith("/report");
        assertThat(browser.find(By.cssSelector("main .alert-success")).getText())
                .isEqualTo("Your scores are now shared anonymously with founders at the same stage.");
        assertThat(fixtures.consent(own)).isTrue();
        browser.assertAccessible();
        screenshot(browser, "peers-2-shared");
    }

    @Test
    void tooFewPeersSayWhyInChinese(Browser browser) {
        Assessment unclaimed = fixtures.completed(new Profile("Link Only", "healthcare", Stage.IDEA, 3), Answers.level(1));

        browser.open("/assessments/" + unclaimed.getToken() + "/report?lang=zh");
        assertThat(browser.find(By.cssSelector(".peer-empty")).getText()).contains("至少需要本阶段 5 家");
        assertThat(browser.find(By.cssSelector("#compare .peer-sharing")).getText())
                .contains("只有保存在账户中的评估才能共享得分");
        browser.assertAccessible();
        screenshot(browser, "peers-3-too-few-zh");
    }

    /** A completed assessment of the founder whose every answer is the option at {@code level} (or the last). */
    private Assessment completed(UserAccount founder, Stage stage, int level) {
        return fixtures.completed(founder.getEmail(), new Profile("Peer " + level, "healthcare", stage, 4),
                Answers.level(level));
    }

    /** Keeps a picture of the section in target/report-screens. */
    private static void screenshot(Browser browser, String name) {
        try {
            Files.createDirectories(SCREENS);
            Files.write(SCREENS.resolve(name + ".png"), browser.find(By.id("compare")).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
