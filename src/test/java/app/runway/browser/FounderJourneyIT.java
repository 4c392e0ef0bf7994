package app.runway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A founder's whole way through the readiness assessment in a real browser, with clicks and typing
 * only: from the home page to the profile (and its error), half the dimensions, closing the browser,
 * coming back by the private link in a new one, finishing, reading the report, following it into the
 * guide and downloading the PDF. Every page visited is checked with axe-core.
 */
@BrowserTest
class FounderJourneyIT {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    /** 128 random bits are at least 22 characters in URL-safe Base64. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,}");
    private static final Pattern DIMENSION_PAGE = Pattern.compile("/assessments/([^/]+)/dimensions/([a-z-]+)");

    private static final By NEXT = By.cssSelector("#answers button[name=action][value=next]");
    private static final By BACK = By.cssSelector("#answers button[name=action][value=back]");
    private static final By FINISH = By.cssSelector("#answers button[name=action][value=finish]");
    private static final By QUESTIONS = By.cssSelector("#answers fieldset.question");
    private static final By STEPS = By.cssSelector("nav[aria-labelledby=steps-title] li");

    @Autowired
    MessageSource messages;

    @Test
    void aFounderAnswersHalfClosesTheBrowserComesBackByThePrivateLinkFinishesAndReadsTheReport(Browsers browsers,
            @TempDir Path downloads) throws IOException {
        String name = "Lumen Diagnostics";
        Answering answering = new Answering();

        // Home page -> the call to action -> the profile step.
        Browser browser = browsers.start();
        browser.open("/").assertAccessible();
        browser.clickAndWait(By.cssSelector("main .hero a[href='/assessments/new']"));
        assertThat(browser.path()).isEqualTo("/assessments/new");
        assertThat(browser.heading()).isEqualTo(en("assessment.new.heading"));
        browser.assertAccessible();

        // Everything but the name: the error stands next to the name field, the rest is kept.
        new Select(browser.find(By.id("industry"))).selectByValue("healthcare");
        browser.find(By.cssSelector("label[for='stage-seed']")).click();
        browser.find(By.id("teamSize")).sendKeys("6");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/assessments/new");
        assertThat(browser.title()).startsWith(en("assessment.error.prefix"));
        WebElement nameError = browser.find(By.id("startupName-error"));
        assertThat(nameError.isDisplayed()).isTrue();
        assertThat(nameError.getText()).contains(en("assessment.error.startupName.required"));
        assertThat(browser.script("return arguments[0].parentElement"
                + " === document.getElementById('startupName').parentElement", nameError))
                .as("the error is in the name field's group").isEqualTo(true);
        WebElement nameField = browser.find(By.id("startupName"));
        assertThat(nameField.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(nameField.getDomAttribute("aria-describedby")).contains("startupName-error");
        assertThat(browser.findAll(By.cssSelector("main .invalid-feedback"))).as("only the name is at fault").hasSize(1);
        assertThat(new Select(browser.find(By.id("industry"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("healthcare");
        assertThat(browser.find(By.id("stage-seed")).isSelected()).isTrue();
        assertThat(browser.find(By.id("teamSize")).getDomProperty("value")).isEqualTo("6");
        browser.assertAccessible();
        // The error summary's link takes the keyboard to the field.
        browser.find(By.cssSelector(".alert-danger a[href='#startupName']")).click();
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("startupName");
        browser.driver().switchTo().activeElement().sendKeys(name);
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));

        // The first dimension, with the private link to keep: the only way back.
        var firstPage = DIMENSION_PAGE.matcher(browser.path());
        assertThat(firstPage.matches()).as("a dimension page: %s", browser.path()).isTrue();
        String token = firstPage.group(1);
        assertThat(token).matches(TOKEN);
        String privateLink = browser.find(By.cssSelector("section[aria-labelledby=private-link-title] a"))
                .getDomAttribute("href");
        assertThat(URI.create(privateLink).getPath()).isEqualTo("/assessments/" + token);
        assertThat(browser.find(By.tagName("main")).getText()).contains(en("assessment.for", name));

        List<String> dimensions = browser.findAll(STEPS).stream()
                .map(li -> li.findElements(By.cssSelector("button[name=jump]")).stream()
                        .map(b -> b.getDomAttribute("value")).findFirst().orElse(firstPage.group(2)))
                .toList();
        int total = dimensions.size();
        assertThat(total).isEqualTo(12);
        int half = total / 2;

        // The first half, page by page.
        for (int page = 1; page <= half; page++) {
            assertOnPage(browser, token, dimensions.get(page - 1), page, total);
            if (page > 1) {
                assertThat(browser.find(By.cssSelector("main p.alert-success[role=status]")).getText())
                        .isEqualTo(en("assessment.flash.saved"));
            }
            answering.answerOpenQuestions(browser);
            browser.assertAccessible();
            answering.submit(browser, NEXT);
        }
        assertOnPage(browser, token, dimensions.get(half), half + 1, total);
        String session = sessionCookie(browser);

        // The founder closes the browser. A new one shares nothing with it.
        browser.close();
        browser = browsers.start();
        browser.driver().get(privateLink);
        assertThat(browser.driver().manage().getCookies()).noneMatch(c -> c.getValue().equals(session));

        // Back where the founder left off: the first page with an open question.
        assertOnPage(browser, token, dimensions.get(half), half + 1, total);
        List<WebElement> steps = browser.findAll(STEPS);
        for (int i = 0; i < total; i++) {
            assertThat(steps.get(i).findElement(By.cssSelector(".badge")).getText())
                    .as("status of %s", dimensions.get(i))
                    .isEqualTo(en(i < half ? "assessment.steps.done" : "assessment.steps.open"));
        }
        browser.assertAccessible();

        // Earlier answers are still chosen: one page back, and the first page through the list.
        browser.clickAndWait(BACK);
        assertOnPage(browser, token, dimensions.get(half - 1), half, total);
        answering.assertChosen(browser);
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("nav[aria-labelledby=steps-title] button[name=jump][value='"
                + dimensions.get(0) + "']"));
        assertOnPage(browser, token, dimensions.get(0), 1, total);
        answering.assertChosen(browser);
        browser.clickAndWait(By.cssSelector("nav[aria-labelledby=steps-title] button[name=jump][value='"
                + dimensions.get(half) + "']"));

        // The second half, and finishing.
        for (int page = half + 1; page <= total; page++) {
            assertOnPage(browser, token, dimensions.get(page - 1), page, total);
            answering.answerOpenQuestions(browser);
            browser.assertAccessible();
            answering.submit(browser, page < total ? NEXT : FINISH);
        }

        // The report: index, band, a flag explained by an answer, the evidence to-do list.
        String report = "/assessments/" + token + "/report";
        assertThat(browser.path()).isEqualTo(report);
        assertThat(browser.heading()).isEqualTo(en("report.heading", name));
        assertThat(Integer.parseInt(browser.find(By.cssSelector("#standing .index-number")).getText()))
                .isBetween(0, 100);
        assertThat(browser.find(By.cssSelector("#standing .band-title")).getText()).isNotBlank();
        assertThat(browser.findAll(By.cssSelector(".dimension-table tbody tr"))).hasSize(total);
        assertThat(answering.weak()).isNotEmpty();
        assertThat(answering.unknown()).isNotEmpty();
        List<String> because = answering.weak().stream()
                .map(a -> en("report.because", a.questionText(), a.optionLabel())).toList();
        WebElement flag = browser.findAll(By.cssSelector("#risks .flag-card, #pitfalls .flag-card")).stream()
                .filter(card -> card.findElements(By.cssSelector(".reasons li")).stream()
                        .anyMatch(li -> because.contains(li.getText())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no flag says \"because you answered\" one of " + because));
        String flagTitle = flag.findElement(By.cssSelector(".flag-title a")).getText();
        String flagHref = flag.findElement(By.cssSelector(".flag-title a")).getDomAttribute("href");
        assertThat(browser.findAll(By.cssSelector(".evidence-table tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList())
                .as("the \"I don't know\" answers are on the evidence list")
                .containsAll(answering.unknown().stream().map(Answer::questionText).toList());
        browser.assertAccessible();

        // A recommended strategy, in the guide, knows it was recommended.
        WebElement strategy = browser.find(By.cssSelector("#strategies .strategy-list a.entry-link"));
        String strategyTitle = strategy.getText();
        browser.clickAndWait(strategy);
        assertThat(browser.path()).startsWith("/guide/strategies/");
        assertThat(browser.heading()).isEqualTo(strategyTitle);
        assertThat(browser.find(By.cssSelector(".reader-status")).getText())
                .contains(en("report.guideStatus.recommended", name));
        browser.assertAccessible();

        // Back to the report from there, then the flag into the guide.
        browser.clickAndWait(By.cssSelector(".reader-status a"));
        assertThat(browser.path()).isEqualTo(report);
        browser.clickAndWait(By.cssSelector("#risks .flag-title a[href='" + flagHref + "'], "
                + "#pitfalls .flag-title a[href='" + flagHref + "']"));
        assertThat(browser.path()).isEqualTo(flagHref);
        assertThat(browser.heading()).isEqualTo(flagTitle);
        assertThat(browser.find(By.cssSelector(".reader-status")).getText())
                .contains(en("report.guideStatus.flagged", name));
        browser.assertAccessible();

        // The PDF, downloaded by its link.
        browser.clickAndWait(By.cssSelector(".reader-status a"));
        Path pdf = browser.download(browser.find(By.cssSelector(".report-actions a[href$='/report.pdf']")), downloads);
        assertThat(pdf.getFileName()).hasToString("runway-report-lumen-diagnostics.pdf");
        assertThat(pdfText(pdf)).contains(name).contains(flagTitle);
    }

    @Test
    void aFounderGoesThroughTheAssessmentInChineseAndDownloadsAChinesePdf(Browser browser, @TempDir Path downloads)
            throws IOException {
        String name = "灵光医疗";
        Answering answering = new Answering();

        browser.open("/?lang=zh");
        browser.clickAndWait(By.cssSelector("main .hero a[href='/assessments/new']"));
        assertThat(browser.htmlLang()).isEqualTo("zh-CN");
        assertThat(browser.heading()).isEqualTo(zh("assessment.new.heading"));
        browser.assertAccessible();

        browser.find(By.id("startupName")).sendKeys(name);
        new Select(browser.find(By.id("industry"))).selectByValue("finance");
        browser.find(By.cssSelector("label[for='stage-idea']")).click();
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.id("teamSize-error")).getText()).contains(zh("assessment.error.teamSize.required"));
        assertThat(browser.find(By.id("startupName")).getDomProperty("value")).isEqualTo(name);
        browser.assertAccessible();
        browser.find(By.id("teamSize")).sendKeys("2");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));

        var page = DIMENSION_PAGE.matcher(browser.path());
        assertThat(page.matches()).as("a dimension page: %s", browser.path()).isTrue();
        String token = page.group(1);
        int total = browser.findAll(STEPS).size();
        for (int i = 1; i <= total; i++) {
            assertThat(browser.heading()).containsPattern(CHINESE);
            answering.answerOpenQuestions(browser);
            if (i == 1) {
                browser.assertAccessible();
            }
            answering.submit(browser, i < total ? NEXT : FINISH);
        }

        assertThat(browser.path()).isEqualTo("/assessments/" + token + "/report");
        assertThat(browser.htmlLang()).isEqualTo("zh-CN");
        assertThat(browser.heading()).isEqualTo(zh("report.heading", name));
        browser.assertAccessible();

        Path pdf = browser.download(browser.find(By.cssSelector(".report-actions a[href$='/report.pdf']")), downloads);
        assertThat(pdfText(pdf)).contains(name).containsPattern(CHINESE);
    }

    /** On the dimension page at this place of the journey, with its progress said in words and in the bar. */
    private void assertOnPage(Browser browser, String token, String dimension, int position, int total) {
        assertThat(browser.path()).isEqualTo("/assessments/" + token + "/dimensions/" + dimension);
        assertThat(browser.find(By.cssSelector("label[for=assessment-progress]")).getText())
                .isEqualTo(en("assessment.progress", position, total));
        assertThat(browser.find(By.id("assessment-progress")).getDomAttribute("value")).isEqualTo(String.valueOf(position));
        assertThat(browser.find(By.cssSelector("nav[aria-labelledby=steps-title] [aria-current=step]")).getText())
                .isEqualTo(browser.heading());
    }

    private static String sessionCookie(Browser browser) {
        // Spring Session's cookie: sessions live in the database, shared by every instance.
        Cookie cookie = browser.driver().manage().getCookieNamed("SESSION");
        assertThat(cookie).as("a session while answering").isNotNull();
        return cookie.getValue();
    }

    private static String pdfText(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private String zh(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    /** One answer as the founder saw it. */
    record Answer(String question, String questionText, String option, String optionLabel) {

        boolean unknown() {
            return option.equals("unknown");
        }
    }

    /**
     * Answers the way a founder might, by clicking the labels: every fifth question "I don't know",
     * every fifth the weakest option, the others the strongest. Remembers what was chosen.
     */
    private static final class Answering {

        private final Map<String, Answer> answers = new LinkedHashMap<>();
        private final List<Answer> weak = new ArrayList<>();

        /** Answers every question on the page that has no answer yet. */
        void answerOpenQuestions(Browser browser) {
            for (WebElement question : browser.findAll(QUESTIONS)) {
                List<WebElement> radios = question.findElements(By.cssSelector("input[type=radio]"));
                if (radios.stream().anyMatch(WebElement::isSelected)) {
                    continue;
                }
                String id = question.getDomAttribute("id").substring("q-".length());
                int n = answers.size();
                // The last radio is "I don't know"; the options before it go from weakest to strongest.
                WebElement choice = n % 5 == 2 ? radios.get(radios.size() - 1)
                        : n % 5 == 0 ? radios.get(0) : radios.get(radios.size() - 2);
                WebElement label = question.findElement(By.cssSelector("label[for='" + choice.getDomAttribute("id") + "']"));
                label.click();
                assertThat(choice.isSelected()).as("clicking '%s' chose it", label.getText()).isTrue();
                Answer answer = new Answer(id, question.findElement(By.tagName("legend")).getText(),
                        choice.getDomAttribute("value"), label.getText());
                answers.put(id, answer);
                if (n % 5 == 0) {
                    weak.add(answer);
                }
            }
        }

        /**
         * Presses the button; an answer that brings up another question on the same page keeps the
         * founder there with a message, and that question is answered too.
         */
        void submit(Browser browser, By button) {
            String path = browser.path();
            browser.clickAndWait(button);
            for (int tries = 0; tries < 3 && browser.path().equals(path)
                    && !browser.findAll(By.cssSelector("main .alert-danger")).isEmpty(); tries++) {
                answerOpenQuestions(browser);
                browser.clickAndWait(button);
            }
        }

        /** Every question on the page shows the answer given earlier. */
        void assertChosen(Browser browser) {
            List<WebElement> questions = browser.findAll(QUESTIONS);
            assertThat(questions).isNotEmpty();
            for (WebElement question : questions) {
                String id = question.getDomAttribute("id").substring("q-".length());
                Answer given = answers.get(id);
                assertThat(given).as("question %s was answered before", id).isNotNull();
                assertThat(question.findElement(By.id("q-" + id + "-" + given.option())).isSelected())
                        .as("'%s' still chosen for '%s'", given.optionLabel(), given.questionText())
                        .isTrue();
            }
        }

        List<Answer> weak() {
            return weak;
        }

        List<Answer> unknown() {
            return answers.values().stream().filter(Answer::unknown).toList();
        }
    }
}
