package app.runway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.runway.account.AccountService;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Stage;
import app.runway.support.Mailbox;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The programme flow of issue 10 in real browsers, one per person, mostly by keyboard (Enter on links and
 * buttons, Space on radio buttons): the admin creates two mentors and a programme with one of them; that
 * mentor makes a join link; a founder follows it, signs up, joins, answers an assessment and invites a
 * co-founder by mail (GreenMail receives it); the co-founder signs up, accepts and answers on their own; both
 * see where they disagree; the founder submits to the programme; the mentor outside it finds nothing, the
 * programme's mentor reviews and publishes; the founder reads the feedback and the benchmark, which has too
 * few peers to show until five other founders share theirs (made through the services). Every new kind of
 * page is checked with axe-core.
 */
@BrowserTest
// A database of its own: the first admin is only created in an empty one (FirstAdmin).
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:programme-flow;DB_CLOSE_DELAY=-1",
        "runway.account.admin-email=" + ProgrammeFlowIT.ADMIN,
        "runway.account.admin-password=" + ProgrammeFlowIT.ADMIN_PASSWORD})
class ProgrammeFlowIT {

    static final String ADMIN = "admin@programme.example";
    static final String ADMIN_PASSWORD = "admin-pass-8642";

    /** A real SMTP server: the co-founder's invitation is read from the mail it received. */
    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        Mailbox.register(SMTP, registry);
    }

    private static final String MENTOR = "mei@mentors.example";
    private static final String MENTOR_NAME = "Mei Mentor";
    private static final String OUTSIDER = "otto@mentors.example";
    private static final String MENTOR_PASSWORD = "mentor-pass-2357";
    private static final String FOUNDER = "lin@atlas.example";
    private static final String CO_FOUNDER = "sam@atlas.example";
    private static final String FOUNDER_PASSWORD = "founder-pass-1113";
    private static final String PROGRAMME = "Spring Batch 2027";
    private static final String STARTUP = "Atlas Models";
    private static final String OVERALL = "Agree on who your first customer is before the pilot.";

    private static final Pattern DIMENSION_PAGE = Pattern.compile("/assessments/([^/]+)/dimensions/[a-z-]+");
    private static final Pattern PROGRAMME_PAGE = Pattern.compile("/mentor/programmes/(\\d+)");
    private static final Pattern MEMBER_ANSWERS = Pattern.compile("/team/(\\d+)/answers");
    private static final Pattern TEAM_LINK = Pattern.compile("/team/invitation\\?token=([A-Za-z0-9_-]+)");
    private static final By NEXT = By.cssSelector("#answers button[name=action][value=next]");
    private static final By FINISH = By.cssSelector("#answers button[name=action][value=finish]");
    private static final By QUESTIONS = By.cssSelector("#answers fieldset.question");
    private static final By SIGN_OUT = By.cssSelector(".account-links form[action='/logout'] button");
    private static final By FLASH = By.cssSelector("div.alert-success[role=status]");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @Autowired
    MessageSource messages;

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    @Autowired
    QuestionnaireCatalog catalog;

    @Test
    void aProgrammesFounderAndCoFounderAnswerSubmitAndReadTheirMentorsFeedback(Browsers browsers) throws Exception {
        // The admin creates two mentors, then the programme with one of them.
        Browser admin = browsers.start();
        signIn(admin, ADMIN, ADMIN_PASSWORD);
        createMentor(admin, MENTOR, MENTOR_NAME);
        createMentor(admin, OUTSIDER, "Otto Outsider");

        admin.pressAndWait(By.cssSelector(".account-links a[href='/mentor/programmes']"), Keys.ENTER);
        assertThat(admin.heading()).isEqualTo(en("programme.list.heading"));
        assertThat(admin.find(By.cssSelector("main")).getText()).contains(en("programme.list.none"));
        admin.assertAccessible();
        admin.pressAndWait(By.cssSelector("main a[href='/admin/programmes/new']"), Keys.ENTER);
        assertThat(admin.heading()).isEqualTo(en("programme.edit.new"));
        admin.assertAccessible();
        // A mistake first: no name, the end before the start; the page says so beside the fields.
        typeDate(admin, "startsOn", 2027, 3, 1);
        typeDate(admin, "endsOn", 2027, 1, 10);
        admin.pressAndWait(SUBMIT, Keys.ENTER);
        assertThat(admin.find(By.id("name-error")).getText()).isEqualTo(en("programme.form.name.required"));
        assertThat(admin.find(By.id("endsOn-error")).getText()).isEqualTo(en("programme.form.date.order"));
        assertThat(admin.find(By.id("name")).getDomAttribute("aria-invalid")).isEqualTo("true");
        admin.assertAccessible();
        admin.find(By.id("name")).sendKeys(PROGRAMME);
        typeDate(admin, "endsOn", 2027, 6, 30);
        new Select(admin.find(By.id("language"))).selectByValue("en");
        admin.pressAndWait(SUBMIT, Keys.ENTER);
        Matcher programmePage = PROGRAMME_PAGE.matcher(admin.path());
        assertThat(programmePage.matches()).as("the programme's page: %s", admin.path()).isTrue();
        long programmeId = Long.parseLong(programmePage.group(1));
        assertThat(admin.heading()).isEqualTo(PROGRAMME);
        assertThat(admin.find(FLASH).getText()).isEqualTo(en("programme.flash.created"));
        admin.assertAccessible();
        new Select(admin.find(By.id("mentor"))).selectByVisibleText(MENTOR_NAME + " <" + MENTOR + ">");
        admin.pressAndWait(By.cssSelector("main form.add-mentor button[type=submit]"), Keys.ENTER);
        assertThat(admin.find(FLASH).getText()).isEqualTo(en("programme.flash.mentorAdded"));
        assertThat(admin.findAll(By.cssSelector("#mentors .member-list li span")).stream().map(WebElement::getText))
                .containsExactly(MENTOR_NAME + " <" + MENTOR + ">");
        admin.assertAccessible();
        admin.close();

        // The programme's mentor finds it under Programmes and makes a join link.
        Browser mentor = browsers.start();
        signIn(mentor, MENTOR, MENTOR_PASSWORD);
        mentor.pressAndWait(By.cssSelector(".account-links a[href='/mentor/programmes']"), Keys.ENTER);
        assertThat(mentor.findAll(By.cssSelector("main .programme-table tbody th a")).stream().map(WebElement::getText))
                .containsExactly(PROGRAMME);
        assertThat(mentor.findAll(By.cssSelector("main a[href='/admin/programmes/new']"))).isEmpty();
        mentor.assertAccessible();
        mentor.pressAndWait(By.cssSelector("main .programme-table tbody th a"), Keys.ENTER);
        assertThat(mentor.path()).isEqualTo("/mentor/programmes/" + programmeId);
        assertThat(mentor.findAll(By.cssSelector("#founders .member-list li"))).isEmpty();
        mentor.assertAccessible();
        mentor.pressAndWait(By.cssSelector("main form[action$='/join-links'] button[type=submit]"), Keys.ENTER);
        WebElement linkField = mentor.find(By.id("join-link"));
        assertThat(linkField.getDomAttribute("readonly")).isNotNull();
        URI joinLink = URI.create(linkField.getDomProperty("value"));
        assertThat(joinLink.getPath()).isEqualTo("/programmes/join");
        mentor.assertAccessible();

        // The founder follows the link, signs up and comes back to join.
        Browser founder = browsers.start();
        founder.open(joinLink.getPath() + "?" + joinLink.getRawQuery());
        assertThat(founder.heading()).isEqualTo(en("programme.join.heading", PROGRAMME));
        assertThat(founder.findAll(By.cssSelector("main form[action='/programmes/join']"))).isEmpty();
        founder.assertAccessible();
        founder.pressAndWait(By.cssSelector("main a[href='/signup']"), Keys.ENTER);
        signUp(founder, FOUNDER, "Lin Founder");
        assertThat(founder.path()).as("back on the join page after signing up").isEqualTo("/programmes/join");
        founder.assertAccessible();
        founder.pressAndWait(By.cssSelector("main form[action='/programmes/join'] button[type=submit]"), Keys.ENTER);
        assertThat(founder.path()).isEqualTo("/me");
        assertThat(founder.find(FLASH).getText()).isEqualTo(en("programme.flash.joined"));

        // The mentor sees the founder in the programme and withdraws the join link: it has done its work.
        mentor.open("/mentor/programmes/" + programmeId);
        assertThat(mentor.find(By.cssSelector("#founders")).getText()).contains("Lin Founder <" + FOUNDER + ">");
        assertThat(mentor.find(By.cssSelector("#invitations tbody th")).getText())
                .isEqualTo(en("programme.invitations.joinLink"));
        mentor.pressAndWait(By.cssSelector("#invitations tbody form button[type=submit]"), Keys.ENTER);
        assertThat(mentor.find(FLASH).getText()).isEqualTo(en("programme.flash.withdrawn"));
        assertThat(mentor.find(By.cssSelector("#invitations tbody td[data-label='"
                + en("programme.invitations.col.status") + "']")).getText())
                .isEqualTo(en("programme.invitations.status.WITHDRAWN"));
        mentor.assertAccessible();

        // ... answers an assessment, and invites a co-founder from the team page.
        founder.pressAndWait(By.cssSelector("main a[href='/assessments/new']"), Keys.ENTER);
        founder.find(By.id("startupName")).sendKeys(STARTUP);
        new Select(founder.find(By.id("industry"))).selectByValue("healthcare");
        founder.find(By.id("stage-seed")).sendKeys(Keys.SPACE);
        founder.find(By.id("teamSize")).sendKeys("4");
        founder.pressAndWait(SUBMIT, Keys.ENTER);
        Matcher dimensionPage = DIMENSION_PAGE.matcher(founder.path());
        assertThat(dimensionPage.matches()).as("a dimension page: %s", founder.path()).isTrue();
        String token = dimensionPage.group(1);
        answerEverything(founder);
        assertThat(founder.path()).isEqualTo("/assessments/" + token + "/report");
        founder.pressAndWait(By.cssSelector("main a[href='/assessments/" + token + "/team']"), Keys.ENTER);
        assertThat(founder.heading()).isEqualTo(en("team.page.title", STARTUP));
        assertThat(founder.find(By.cssSelector("#agreement")).getText()).contains(en("team.agreement.notYetOwner"));
        founder.assertAccessible();
        SMTP.purgeEmailFromAllMailboxes();
        founder.find(By.id("email")).sendKeys(CO_FOUNDER);
        founder.pressAndWait(By.cssSelector("#members form button[type=submit]"), Keys.ENTER);
        assertThat(founder.find(FLASH).getText()).isEqualTo(en("team.flash.invited"));
        assertThat(founder.find(By.cssSelector("#members")).getText()).contains(CO_FOUNDER);
        founder.assertAccessible();
        String invitation = invitationLink();

        // The co-founder opens the mail's link, signs up, is brought back to the invitation and accepts.
        Browser coFounder = browsers.start();
        coFounder.open(invitation);
        assertThat(coFounder.heading()).isEqualTo(en("team.invitation.title", STARTUP));
        assertThat(coFounder.find(By.cssSelector("main .lead")).getText())
                .isEqualTo(en("team.invitation.intro", "Lin Founder", STARTUP));
        coFounder.assertAccessible();
        coFounder.pressAndWait(By.cssSelector("main a[href='/signup']"), Keys.ENTER);
        signUp(coFounder, CO_FOUNDER, "Sam Cofounder");
        assertThat(coFounder.path()).isEqualTo("/team/invitation");
        coFounder.pressAndWait(By.cssSelector("main form[action='/team/invitation/accept'] button[type=submit]"), Keys.ENTER);
        Matcher answersPage = MEMBER_ANSWERS.matcher(coFounder.path());
        assertThat(answersPage.matches()).as("the co-founder's answers: %s", coFounder.path()).isTrue();
        long memberId = Long.parseLong(answersPage.group(1));
        assertThat(coFounder.find(FLASH).getText()).isEqualTo(en("team.flash.joined"));
        assertThat(coFounder.heading()).isEqualTo(en("team.answers.title", STARTUP));
        coFounder.assertAccessible();

        // Submitting with nothing answered: an error summary, and the page still passes axe.
        coFounder.pressAndWait(By.cssSelector("#answers button[name=action][value=submit]"), Keys.ENTER);
        assertThat(coFounder.title()).startsWith(en("assessment.error.prefix"));
        coFounder.assertAccessible();
        // The weakest answer everywhere, where the founder chose strong ones: they disagree.
        for (int round = 0; round < 5 && coFounder.path().endsWith("/answers"); round++) {
            for (WebElement question : coFounder.findAll(QUESTIONS)) {
                List<WebElement> radios = question.findElements(By.cssSelector("input[type=radio]"));
                if (radios.stream().noneMatch(WebElement::isSelected)) {
                    radios.get(0).sendKeys(Keys.SPACE);
                    assertThat(radios.get(0).isSelected()).isTrue();
                }
            }
            coFounder.pressAndWait(By.cssSelector("#answers button[name=action][value=submit]"), Keys.ENTER);
        }
        assertThat(coFounder.path()).isEqualTo("/team/" + memberId);
        assertThat(coFounder.find(FLASH).getText()).isEqualTo(en("team.flash.submitted"));
        assertThat(coFounder.findAll(By.cssSelector("#agreement ol.talk-list > li"))).isNotEmpty();
        coFounder.assertAccessible();
        // The mail's link has done its work: opened again, it says so.
        coFounder.open(invitation);
        assertThat(coFounder.heading()).isEqualTo(en("team.invitation.invalid.title"));
        coFounder.assertAccessible();
        coFounder.close();

        // The founder sees the disagreements on the team page.
        founder.open("/assessments/" + token + "/team");
        assertThat(founder.find(By.cssSelector("#agreement")).getText())
                .contains(en("team.talk.heading"))
                .doesNotContain(en("team.agreement.notYetOwner"));
        List<WebElement> talk = founder.findAll(By.cssSelector("#agreement ol.talk-list > li"));
        assertThat(talk).as("questions to talk about").isNotEmpty();
        assertThat(founder.find(By.cssSelector("#agreement")).getText()).contains(en("team.talk.intro"));
        assertThat(founder.findAll(By.cssSelector("#agreement a[href^='/guide/']"))).as("the guide on misalignment")
                .isNotEmpty();
        assertThat(founder.findAll(By.cssSelector("#agreement table.dimension-table tbody tr"))).hasSize(12);
        assertThat(founder.findAll(By.cssSelector("#agreement table.dimension-table tbody td:nth-of-type(5)"))
                .stream().mapToInt(td -> Integer.parseInt(td.getText())).sum())
                .as("questions disagreed on").isPositive();
        assertThat(founder.find(By.cssSelector("#members")).getText()).contains("Sam Cofounder");
        founder.assertAccessible();

        // ... and submits to the programme, which is chosen already.
        founder.pressAndWait(By.cssSelector(".account-links a[href='/me']"), Keys.ENTER);
        founder.pressAndWait(By.cssSelector("main a[href='/me/assessments/" + token + "/submit']"), Keys.ENTER);
        assertThat(founder.heading()).isEqualTo(en("founder.submit.heading", STARTUP));
        assertThat(founder.find(By.id("programme-" + programmeId)).isSelected()).isTrue();
        assertThat(founder.find(By.cssSelector("label[for='programme-" + programmeId + "']")).getText())
                .isEqualTo(en("founder.submit.programme.one", PROGRAMME));
        assertThat(founder.find(By.id("programme-open")).isSelected()).isFalse();
        founder.assertAccessible();
        founder.find(By.id("note")).sendKeys("We disagree on the market; please say which of us is right.");
        founder.pressAndWait(SUBMIT, Keys.ENTER);
        assertThat(founder.path()).isEqualTo("/me");
        assertThat(founder.find(FLASH).getText()).isEqualTo(en("founder.flash.submitted"));

        // A mentor outside the programme sees none of it: not in the queue, "not found" at its address.
        Browser outsider = browsers.start();
        outsider.open(joinLink.getPath() + "?" + joinLink.getRawQuery());
        assertThat(outsider.heading()).isEqualTo(en("programme.join.invalid.title"));
        assertThat(outsider.find(By.cssSelector("main .lead")).getText())
                .isEqualTo(en("programme.join.invalid.WITHDRAWN"));
        outsider.assertAccessible();
        signIn(outsider, OUTSIDER, MENTOR_PASSWORD);
        assertThat(outsider.path()).isEqualTo("/mentor");
        assertThat(outsider.find(By.cssSelector("main")).getText()).doesNotContain(STARTUP);
        outsider.pressAndWait(By.cssSelector(".account-links a[href='/mentor/programmes']"), Keys.ENTER);
        assertThat(outsider.find(By.cssSelector("main")).getText()).doesNotContain(PROGRAMME);
        outsider.open("/mentor/reviews/" + token);
        assertThat(outsider.heading()).isEqualTo(en("error.404.title"));
        assertThat(outsider.find(By.cssSelector("main")).getText()).doesNotContain(STARTUP);
        outsider.open("/assessments/" + token + "/report");
        assertThat(outsider.heading()).isEqualTo(en("error.404.title"));
        outsider.open("/mentor/programmes/" + programmeId);
        assertThat(outsider.heading()).isEqualTo(en("error.404.title"));
        outsider.assertAccessible();
        outsider.close();

        // The programme's mentor finds it through the programme's queue, reviews and publishes.
        mentor.open("/mentor/programmes/" + programmeId);
        assertThat(mentor.find(By.cssSelector("#founders")).getText()).contains(FOUNDER);
        mentor.pressAndWait(By.cssSelector("main .programme-links a[href^='/mentor/cohort']"), Keys.ENTER);
        assertThat(mentor.heading()).isEqualTo(en("cohort.heading"));
        assertThat(new Select(mentor.find(By.id("filter-programme"))).getFirstSelectedOption().getText())
                .isEqualTo(PROGRAMME);
        assertThat(mentor.find(By.cssSelector("main .cohort-total")).getText()).isEqualTo(en("cohort.total", 1));
        assertThat(mentor.find(By.cssSelector("main .peer-empty")).getText())
                .isEqualTo(en("cohort.quartiles.tooFew", en("review.stage.seed"), 1, 5));
        mentor.assertAccessible();
        mentor.open("/mentor/programmes/" + programmeId);
        mentor.pressAndWait(By.cssSelector("main .programme-links li:first-child a"), Keys.ENTER);
        assertThat(mentor.path()).isEqualTo("/mentor");
        WebElement row = mentor.findAll(By.cssSelector("main .queue-table tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("th a")).getText().equals(STARTUP))
                .findFirst()
                .orElseThrow(() -> new AssertionError(STARTUP + " is not in the programme's queue"));
        mentor.assertAccessible();
        mentor.clickAndWait(row.findElement(By.cssSelector("th a")));
        assertThat(mentor.path()).isEqualTo("/mentor/reviews/" + token);
        assertThat(mentor.heading()).isEqualTo(en("review.heading", STARTUP));
        mentor.find(By.id("overall")).sendKeys(OVERALL);
        mentor.find(By.id("verdict-READY_WITH_CONDITIONS")).sendKeys(Keys.SPACE);
        mentor.pressAndWait(By.cssSelector("main .review-actions button[value=save]"), Keys.ENTER);
        assertThat(mentor.find(FLASH).getText()).isEqualTo(en("review.flash.saved"));
        mentor.pressAndWait(By.cssSelector("main .review-actions button[value=publish]"), Keys.ENTER);
        assertThat(mentor.find(FLASH).getText()).isEqualTo(en("review.flash.published"));
        mentor.assertAccessible();
        mentor.close();

        // The founder reads the feedback, then the report's benchmark: too few peers to show anything.
        founder.open("/me");
        founder.pressAndWait(By.cssSelector("main a[href='/me/assessments/" + token + "/feedback']"), Keys.ENTER);
        assertThat(founder.heading()).isEqualTo(en("founder.feedback.heading", STARTUP));
        assertThat(founder.find(By.cssSelector("main section[aria-labelledby=overall-heading] .prose")).getText())
                .isEqualTo(OVERALL);
        assertThat(founder.find(By.cssSelector("main .verdict-box .band-title")).getText())
                .isEqualTo(en("review.verdict.READY_WITH_CONDITIONS"));
        founder.assertAccessible();
        founder.open("/assessments/" + token + "/report");
        WebElement compare = founder.find(By.id("compare"));
        assertThat(compare.findElement(By.tagName("h2")).getText()).isEqualTo(en("report.compare.heading"));
        assertThat(compare.findElement(By.cssSelector(".peer-empty")).getText())
                .isEqualTo(en("report.compare.tooFew", 5, 0));
        assertThat(compare.findElements(By.cssSelector("table.peer-table"))).isEmpty();
        assertThat(compare.getText()).contains(en("report.compare.sharing.off"));
        founder.pressAndWait(By.cssSelector("#compare .peer-sharing button[type=submit]"), Keys.ENTER);
        compare = founder.find(By.id("compare"));
        assertThat(compare.getText()).contains(en("report.compare.sharing.on"));
        assertThat(compare.findElement(By.cssSelector(".peer-empty")).getText())
                .as("one's own scores are no peers").isEqualTo(en("report.compare.tooFew", 5, 0));
        founder.assertAccessible();

        // Five other founders at the seed stage share theirs: the quartiles show, per dimension.
        for (int level = 0; level < 5; level++) {
            peerShares(level);
        }
        founder.open("/assessments/" + token + "/report");
        compare = founder.find(By.id("compare"));
        assertThat(compare.findElements(By.cssSelector(".peer-empty"))).isEmpty();
        assertThat(compare.findElement(By.cssSelector("table.peer-table caption")).getText())
                .isEqualTo(en("report.compare.peers.caption", 5));
        List<WebElement> peerRows = compare.findElements(By.cssSelector("table.peer-table tbody tr"));
        assertThat(peerRows).hasSize(13);
        assertThat(peerRows.get(0).findElement(By.tagName("th")).getText()).isEqualTo(en("report.standing.index"));
        assertThat(peerRows.get(0).findElements(By.cssSelector("td.num")).get(4).getText()).isEqualTo("5");
        founder.assertAccessible();

        // The team page in Chinese, as the founder's co-founder may prefer it.
        founder.open("/assessments/" + token + "/team?lang=zh");
        assertThat(founder.htmlLang()).startsWith("zh");
        assertThat(founder.heading()).isEqualTo(zh("team.page.title", STARTUP));
        assertThat(founder.find(By.cssSelector("#agreement")).getText()).contains(zh("team.talk.heading"));
        founder.assertAccessible();
    }

    /** Another founder completes a seed-stage assessment, every answer the option at {@code level}, and shares its scores. */
    private void peerShares(int level) {
        UserAccount peer = accounts.signUp("peer-" + level + "@peers.example", "Peer " + level, FOUNDER_PASSWORD);
        Profile profile = new Profile("Peer " + level, "healthcare", Stage.SEED, 3);
        Questionnaire questionnaire = catalog.current().questionnaire();
        Map<String, String> answers = new LinkedHashMap<>();
        // Answering can bring up follow-up questions: answer until nothing new is asked.
        for (boolean more = true; more; ) {
            more = false;
            for (Question question : ReadinessScorer.askedQuestions(questionnaire, profile, answers)) {
                if (!answers.containsKey(question.id())) {
                    answers.put(question.id(), question.options().get(Math.min(level, question.options().size() - 1)).id());
                    more = true;
                }
            }
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                peer.getEmail(), null, List.of(new SimpleGrantedAuthority(Role.FOUNDER.authority()))));
        try {
            assessments.shareScores(assessments.submit(profile, answers).getToken(), true);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(Browser browser, String email, String password) {
        browser.open("/");
        browser.pressAndWait(By.cssSelector(".account-links a[href='/login']"), Keys.ENTER);
        browser.signInHere(email, password);
        assertThat(browser.findAll(SIGN_OUT)).as("signed in as %s (at %s)", email, browser.path()).hasSize(1);
    }

    private void signUp(Browser browser, String email, String name) {
        assertThat(browser.heading()).isEqualTo(en("signup.title"));
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("displayName")).sendKeys(name);
        browser.find(By.id("password")).sendKeys(FOUNDER_PASSWORD);
        browser.pressAndWait(SUBMIT, Keys.ENTER);
        assertThat(browser.findAll(SIGN_OUT)).as("signed up as %s (at %s)", email, browser.path()).hasSize(1);
    }

    private void createMentor(Browser admin, String email, String name) {
        admin.open("/admin/users");
        admin.find(By.id("email")).sendKeys(email);
        admin.find(By.id("displayName")).sendKeys(name);
        admin.find(By.cssSelector("input[type=radio][name=role][value=MENTOR]")).sendKeys(Keys.SPACE);
        admin.find(By.id("password")).sendKeys(MENTOR_PASSWORD);
        admin.pressAndWait(By.cssSelector("main form[action='/admin/users'] button[type=submit]"), Keys.ENTER);
        assertThat(admin.find(By.cssSelector("main .alert-success[role=status]")).getText())
                .isEqualTo(en("admin.users.created.MENTOR", email));
    }

    /** Types a date the way Chromium's date field takes it in American English: month, day, year. */
    private static void typeDate(Browser browser, String id, int year, int month, int day) {
        WebElement field = browser.find(By.id(id));
        field.sendKeys(String.format("%02d%02d%d", month, day, year));
        assertThat(field.getDomProperty("value")).isEqualTo(String.format("%d-%02d-%02d", year, month, day));
    }

    /** Answers every open question by pressing Space on a strong option, then Next (or Finish), until the report. */
    private static void answerEverything(Browser browser) {
        for (int pages = 0; pages < 40 && !browser.path().endsWith("/report"); pages++) {
            for (WebElement question : browser.findAll(QUESTIONS)) {
                List<WebElement> radios = question.findElements(By.cssSelector("input[type=radio]"));
                if (radios.isEmpty() || radios.stream().anyMatch(WebElement::isSelected)) {
                    continue;
                }
                // The last option is "I don't know"; the one before it the strongest.
                WebElement choice = radios.get(Math.max(0, radios.size() - 2));
                choice.sendKeys(Keys.SPACE);
                assertThat(choice.isSelected()).isTrue();
            }
            List<WebElement> finish = browser.findAll(FINISH);
            browser.pressAndWait(finish.isEmpty() ? NEXT : FINISH, Keys.ENTER);
        }
    }

    /** The path and query of the link in the one invitation mail GreenMail received. */
    private static String invitationLink() throws Exception {
        assertThat(SMTP.waitForIncomingEmail(15_000, 1)).as("the invitation mail arrived").isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(CO_FOUNDER);
        String text = Mailbox.text(received[0]);
        Matcher link = TEAM_LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group();
    }

    private String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private String zh(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
