package app.runway.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.questionnaire.Questionnaire;
import app.runway.support.Assessments;
import app.runway.support.StatementCounting;
import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The report, what-if and re-score pages through the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({Assessments.class, StatementCounting.class})
class ReportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    QuestionnaireCatalog catalog;

    @Autowired
    Assessments fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void reportShowsIndexBandAndFlagsWithTheirReasons() throws Exception {
        Assessment lab = fixtures.researchLab("Deep Lab");

        mvc.perform(get(report(lab)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Readiness report for Deep Lab"),
                        containsString("class=\"index-number\">" + lab.result().index() + "<"),
                        containsString(bandTitle(lab)),
                        containsString("Because you answered \u201CHow many customer interviews"),
                        containsString("Because of the rule \u201CTechnology ahead of the market\u201D"),
                        containsString("href=\"/guide/pitfalls/technology-dependence\""),
                        containsString("href=\"/guide/risks/uncertain-demand\""),
                        containsString("href=\"/guide/strategies/"),
                        containsString("href=\"/guide/cases/"),
                        containsString("Within 30 days"),
                        containsString("In your industry"))));
    }

    @Test
    void reportDrawsTheRadarAsSvgBesideADataTable() throws Exception {
        Assessment lab = fixtures.researchLab("Deep Lab");

        mvc.perform(get(report(lab)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<svg"),
                        containsString("role=\"img\""),
                        containsString("aria-labelledby=\"radar-title radar-desc\""),
                        containsString("<title id=\"radar-title\">"),
                        containsString("<desc id=\"radar-desc\">"),
                        containsString(">Risk management</text>"),
                        containsString("<caption>Dimension scores and their weight at your stage</caption>"),
                        containsString("<th scope=\"row\">Technical capability and innovation</th>"),
                        not(containsString("<script")))));
    }

    @Test
    void dimensionsWithoutAnswersSayNoEvidenceAndUnknownsBecomeEvidenceToDo() throws Exception {
        Assessment unsure = fixtures.withUnknowns("Unsure Ltd", "data-sources", "risk-register");

        mvc.perform(get(report(unsure)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Evidence to collect"),
                        containsString(questionText("data-sources")),
                        containsString(questionText("risk-register")))));
    }

    @Test
    void reportRunsAFewStatements() throws Exception {
        Assessment lab = fixtures.researchLab("Deep Lab");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();

        mvc.perform(get(report(lab))).andExpect(status().isOk());

        // The assessment, then every guide title at once.
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
        assertThat(statistics.getEntityFetchCount()).isZero();
    }

    @Test
    void reportInChineseUsesChineseWords() throws Exception {
        Assessment lab = fixtures.researchLab("Deep Lab");

        mvc.perform(get(report(lab)).param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("准备度报告：Deep Lab"),
                        containsString("市场洞察与定位"), containsString("因为你对"))));
    }

    @Test
    void startupNameIsEscaped() throws Exception {
        Assessment evil = fixtures.researchLab("<script>alert(1)</script>");

        mvc.perform(get(report(evil)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        not(containsString("<script>alert(1)")))));
    }

    @Test
    void unknownTokenIsNotFound() throws Exception {
        for (String path : new String[] {"/report", "/report/what-if", "/report.pdf", "/rescore"}) {
            mvc.perform(get("/assessments/no-such-token" + path)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/assessments/no-such-token/rescore").with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void unfinishedAssessmentGoesBackToTheQuestions() throws Exception {
        Assessment started = assessments.start(Assessments.LAB);
        String resume = "/assessments/" + started.getToken();

        mvc.perform(get(resume + "/report")).andExpect(redirectedUrl(resume));
        mvc.perform(get(resume + "/report/what-if").param("question", "risk-register"))
                .andExpect(redirectedUrl(resume));
        mvc.perform(get(resume + "/rescore")).andExpect(redirectedUrl(resume));
        mvc.perform(get(resume + "/report.pdf")).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", resume));
    }

    // --- what-if ---

    @Test
    void whatIfShowsWhatWouldChangeAndSavesNothing() throws Exception {
        Assessment strong = fixtures.strong("Strong Co");
        ReadinessResult before = strong.result();
        Questionnaire.Question register = catalog.current().questionnaire().question("risk-register").orElseThrow();

        mvc.perform(get(report(strong) + "/what-if").param("lang", "en")
                        .param("question", register.id()).param("option", register.options().get(0).id()))
                .andExpect(status().isOk())
                .andExpect(view().name("report/what-if"))
                .andExpect(content().string(allOf(
                        containsString("What would change"),
                        containsString("If you answered \u201C" + questionText("risk-register")),
                        containsString("<caption>Scores that would change</caption>"),
                        containsString("<th scope=\"row\">Readiness index</th>"),
                        containsString("<th scope=\"row\">Risk management</th>"),
                        containsString("Nothing has been saved"))));

        Assessment after = assessments.find(strong.getToken());
        assertThat(after.getAnswers()).isEqualTo(strong.getAnswers());
        assertThat(after.result()).isEqualTo(before);
    }

    @Test
    void whatIfWithAQuestionOnlyOffersItsAnswers() throws Exception {
        Assessment strong = fixtures.strong("Strong Co");

        mvc.perform(get(report(strong) + "/what-if").param("lang", "en").param("question", "risk-register"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<legend class=\"h5\">Another answer to"),
                        containsString("name=\"option\""),
                        containsString("value=\"unknown\""),
                        containsString("(your answer now)"),
                        not(containsString("What would change")))));
    }

    @Test
    void whatIfRefusesAnUnknownQuestion() throws Exception {
        Assessment strong = fixtures.strong("Strong Co");

        mvc.perform(get(report(strong) + "/what-if").param("lang", "en").param("question", "no-such-question")
                        .param("option", "none"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("This question is not part of your assessment"),
                        containsString("aria-describedby=\"question-error\""),
                        containsString("id=\"question-error\""))));
    }

    @Test
    void whatIfRefusesAnUnknownOption() throws Exception {
        Assessment strong = fixtures.strong("Strong Co");

        mvc.perform(get(report(strong) + "/what-if").param("lang", "en").param("question", "risk-register")
                        .param("option", "no-such-option"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("This is not one of the answers to this question"),
                        containsString("aria-describedby=\"option-error\""))));
    }

    @Test
    void whatIfWithoutAQuestionAsksForOne() throws Exception {
        Assessment strong = fixtures.strong("Strong Co");

        mvc.perform(get(report(strong) + "/what-if").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a question.")));
    }

    // --- re-score ---

    @Test
    void currentReportOffersNoRescore() throws Exception {
        Assessment lab = fixtures.researchLab("Deep Lab");

        mvc.perform(get(report(lab)).param("lang", "en"))
                .andExpect(content().string(not(containsString("/rescore"))));
        mvc.perform(get("/assessments/" + lab.getToken() + "/rescore")).andExpect(redirectedUrl(report(lab)));
    }

    @Test
    void outdatedReportShowsWhatItShowedAndOffersARescore() throws Exception {
        Assessment old = fixtures.scoredAgainstAnOlderVersion("Old Timer");
        String rescore = "/assessments/" + old.getToken() + "/rescore";

        // The report still shows the old result: market scored 0 under the older questionnaire.
        mvc.perform(get(report(old)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("The guide has changed since this report"),
                        containsString("href=\"" + rescore + "\""),
                        containsString("class=\"index-number\">" + old.result().index() + "<"))));

        // The preview shows what would change, and saves nothing.
        mvc.perform(get(rescore).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("report/rescore"))
                .andExpect(content().string(allOf(containsString("What a re-score would change"),
                        containsString("<th scope=\"row\">Market insight and positioning</th>"),
                        containsString("name=\"_csrf\""))));
        assertThat(assessments.isOutdated(assessments.find(old.getToken()))).isTrue();

        // Applying it stores the new result and says so.
        mvc.perform(post(rescore).with(csrf()))
                .andExpect(redirectedUrl(report(old)))
                .andExpect(flash().attribute("flash", "report.rescore.done"));
        Assessment rescored = assessments.find(old.getToken());
        assertThat(assessments.isOutdated(rescored)).isFalse();
        assertThat(rescored.result().dimensions().get("market").score()).isEqualTo(100);
        mvc.perform(get(report(old)).param("lang", "en").flashAttr("flash", "report.rescore.done"))
                .andExpect(content().string(allOf(
                        containsString("Your assessment has been re-scored under the current guide."),
                        not(containsString("The guide has changed since this report")))));
    }

    @Test
    void rescoreNeedsTheFormToken() throws Exception {
        Assessment old = fixtures.scoredAgainstAnOlderVersion("Old Timer");

        mvc.perform(post("/assessments/" + old.getToken() + "/rescore")).andExpect(status().isForbidden());
        assertThat(assessments.isOutdated(assessments.find(old.getToken()))).isTrue();
    }

    // --- guide pages ---

    @Test
    void guidePagesShowTheReadersOwnStatusAfterTheReport() throws Exception {
        Assessment lab = fixtures.researchLab("<b>Lab</b>");
        Cookie remembered = rememberedReport(lab);
        String strategy = lab.result().strategies().get(0).id();

        mvc.perform(get("/guide/pitfalls/technology-dependence").cookie(remembered))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Flagged in your assessment of &lt;b&gt;Lab&lt;/b&gt;."),
                        containsString("href=\"" + report(lab) + "\""))));
        mvc.perform(get("/guide/strategies/" + strategy).cookie(remembered))
                .andExpect(content().string(containsString("Recommended for you in your assessment of")));
    }

    @Test
    void guideStatusCostsOneStatement() throws Exception {
        Assessment lab = fixtures.researchLab("Deep Lab");
        Cookie remembered = rememberedReport(lab);
        StatementCounting.clear();

        mvc.perform(get("/guide/risks/uncertain-demand").cookie(remembered)).andExpect(status().isOk());

        // The guide page itself asks nothing (GuideQueryCountTest); the status reads the assessment once.
        assertThat(StatementCounting.count()).isEqualTo(1);
    }

    @Test
    void aReportAsksTheDatabaseOnceHoweverManyFlagsStrategiesAndCasesItShows() throws Exception {
        Assessment lab = fixtures.researchLab("Many Flags Lab");
        assertThat(lab.result().flaggedRisks().size() + lab.result().strategies().size()
                + lab.result().cases().size()).isGreaterThan(10);
        StatementCounting.clear();
        mvc.perform(get(report(lab)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Many Flags Lab")));
        // Who may see it and its version, then the assessment to render; titles come from the guide snapshot.
        assertThat(StatementCounting.count()).as("statements on the first view").isEqualTo(2);

        StatementCounting.clear();
        mvc.perform(get(report(lab)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Many Flags Lab")));
        assertThat(StatementCounting.count()).as("statements once the report is kept").isEqualTo(1);
    }

    @Test
    void guidePagesShowNoStatusWithoutAReport() throws Exception {
        mvc.perform(get("/guide/pitfalls/technology-dependence").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("reader-status"))));
    }

    private static String report(Assessment assessment) {
        return "/assessments/" + assessment.getToken() + "/report";
    }

    private String bandTitle(Assessment assessment) {
        return assessments.questionnaireOf(assessment).bands().stream()
                .filter(b -> b.id().equals(assessment.result().band())).findFirst().orElseThrow()
                .texts().get("en").title();
    }

    private String questionText(String questionId) {
        return catalog.current().questionnaire().question(questionId).orElseThrow().texts().get("en").title();
    }

    /** Opens the report as its reader would and returns the cookie it leaves for the guide's pages. */
    private Cookie rememberedReport(Assessment assessment) throws Exception {
        Cookie cookie = mvc.perform(get(report(assessment)).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getCookie("runway-report");
        assertThat(cookie).as("the report's cookie").isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        return cookie;
    }
}
