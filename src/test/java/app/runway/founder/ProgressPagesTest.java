package app.runway.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import app.runway.assessment.Assessment;
import app.runway.support.Assessments;
import app.runway.support.Assessments.Person;
import app.runway.founder.ProgressView.Cell;
import app.runway.founder.ProgressView.Series;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A startup's progress over time: a line chart per score and the table of the numbers; only the founder's own. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(Assessments.class)
class ProgressPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theOwnerSeesEachScoreAsALineChartAndTheNumbersInATable() throws Exception {
        Person ada = fixtures.founder();
        Assessment first = fixtures.researchLab(ada, "Deep Lab");
        Assessment second = fixtures.improvedRetake(ada, first);
        fixtures.inProgress(ada, "Deep Lab");
        fixtures.strong(ada, "Other Venture");
        int indexBefore = first.result().index();
        int indexAfter = second.result().index();
        int marketBefore = first.result().scoreOf("market");
        int marketAfter = second.result().scoreOf("market");
        int dimensions = second.result().dimensions().size();

        MvcResult page = mvc.perform(get(path(first)).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("founder/progress"))
                .andExpect(content().string(allOf(
                        containsString("How \u201CDeep Lab\u201D has progressed"),
                        containsString("1 assessment still in progress is left out until completed."),
                        containsString("<title id=\"progress-index-chart-title\">Readiness index: scores out of 100"
                                + " over time</title>"),
                        containsString("aria-labelledby=\"progress-index-chart-title progress-index-chart-desc\""),
                        containsString("Assessment 1 (" + day(first) + "): " + indexBefore + "."),
                        containsString("Assessment 2 (" + day(second) + "): " + indexAfter + "."),
                        containsString("<title id=\"progress-dim-market-chart-title\">Market insight and positioning:"),
                        containsString("<caption>Scores out of 100 per completed assessment, oldest first."),
                        containsString("<th scope=\"row\">Readiness index</th>"),
                        containsString("<th scope=\"row\">Market insight and positioning</th>"),
                        containsString(">Assessment 1</a>"),
                        containsString("href=\"/assessments/" + second.getToken() + "/report\""),
                        not(containsString("Other Venture")))))
                .andReturn();
        String html = page.getResponse().getContentAsString();
        // One chart for the index and one per dimension, each an image with a title and a description.
        assertThat(html.split("<svg ", -1)).hasSize(dimensions + 2);
        assertThat(html.split("role=\"img\"", -1)).hasSize(dimensions + 2);
        assertThat(html.split("<polyline ", -1)).hasSize(dimensions + 2);
        // The scrolling table is the one region its heading names (axe: landmark-unique).
        assertThat(html.split("aria-labelledby=\"progress-table-heading\"", -1)).hasSize(2);
        // The table row of a score holds its numbers, oldest first.
        assertThat(html).containsPattern("(?s)<th scope=\"row\">Market insight and positioning</th>\\s*<td class=\"num\">\\s*"
                + "<span>" + marketBefore + "</span>\\s*</td>\\s*<td class=\"num\">\\s*<span>" + marketAfter + "</span>");

        ProgressView view = (ProgressView) page.getModelAndView().getModel().get("progress");
        assertThat(view.drafts()).isEqualTo(1);
        assertThat(view.assessments()).extracting(ProgressView.Column::token)
                .containsExactly(first.getToken(), second.getToken());
        assertThat(view.assessments()).extracting(ProgressView.Column::number).containsExactly(1, 2);
        assertThat(view.index().cells()).extracting(Cell::score).containsExactly(indexBefore, indexAfter);
        assertThat(view.index().chart().markers()).extracting(ProgressChart.Marker::score)
                .containsExactly(indexBefore, indexAfter);
        Series market = view.dimensions().stream().filter(s -> s.id().equals("market")).findFirst().orElseThrow();
        assertThat(market.cells()).extracting(Cell::score).containsExactly(marketBefore, marketAfter);
        assertThat(view.dimensions()).extracting(Series::id)
                .containsExactlyElementsOf(second.result().dimensions().keySet());
    }

    @Test
    void anyOfTheStartupsAssessmentsLeadsToTheSamePage() throws Exception {
        Person ada = fixtures.founder();
        Assessment first = fixtures.researchLab(ada, "Deep Lab");
        Assessment second = fixtures.improvedRetake(ada, first);
        Assessment draft = fixtures.inProgress(ada, "Deep Lab");

        for (Assessment any : new Assessment[] {first, second, draft}) {
            ProgressView view = (ProgressView) mvc.perform(get(path(any)).with(ada.signedIn()))
                    .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("progress");
            assertThat(view.assessments()).extracting(ProgressView.Column::token)
                    .containsExactly(first.getToken(), second.getToken());
        }
    }

    @Test
    void theProgressIsTranslated() throws Exception {
        Person ada = fixtures.founder();
        Assessment first = fixtures.researchLab(ada, "Deep Lab");
        Assessment second = fixtures.improvedRetake(ada, first);
        int marketBefore = first.result().scoreOf("market");

        mvc.perform(get(path(second)).with(ada.signedIn()).param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("\u201CDeep Lab\u201D的进展"),
                        containsString("准备度指数：随时间变化的得分（满分 100）</title>"),
                        containsString("市场洞察与定位：随时间变化的得分（满分 100）</title>"),
                        containsString("第 1 次评估（" + dayZh(first) + "）：" + marketBefore + "。"),
                        containsString("<th scope=\"row\">准备度指数</th>"),
                        containsString("<th scope=\"row\">市场洞察与定位</th>"),
                        containsString(">第 2 次评估</a>"),
                        containsString("<caption>各次已完成评估的得分"),
                        containsString(">评估次序</text>"),
                        not(containsString("Readiness index")))));
    }

    @Test
    void aSingleCompletedAssessmentIsShownAsPointsWithoutLines() throws Exception {
        Person ada = fixtures.founder();
        Assessment only = fixtures.strong(ada, "Solo Lab");

        String html = mvc.perform(get(path(only)).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Only one assessment is completed so far"),
                        containsString("<circle "), not(containsString("<polyline")),
                        not(containsString("still in progress")))))
                .andReturn().getResponse().getContentAsString();
        // A marker for the index and for each dimension with a score.
        long scored = only.result().dimensions().values().stream().filter(d -> d.score() != null).count();
        assertThat(html.split("<circle ", -1)).hasSize((int) scored + 2);
    }

    @Test
    void aStartupWithOnlyDraftsSaysSoAndDrawsNothing() throws Exception {
        Person ada = fixtures.founder();
        Assessment draft = fixtures.inProgress(ada, "Half Done");

        mvc.perform(get(path(draft)).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("None of this startup\u2019s assessments is completed"),
                        containsString("1 assessment still in progress is left out"), not(containsString("<svg ")),
                        not(containsString("<table")))));
    }

    @Test
    void aDimensionIsShownOnlyForTheAssessmentsThatHaveIt() throws Exception {
        Person ada = fixtures.founder();
        Assessment first = fixtures.researchLab(ada, "Deep Lab");
        Assessment second = fixtures.improvedRetake(ada, first);
        // The first assessment as an older questionnaire would have scored it: no market dimension at all,
        // and no evidence for the technology.
        ObjectNode result = (ObjectNode) JSON.readTree(jdbc.queryForObject(
                "select result from assessment where token = ?", String.class, first.getToken()));
        ObjectNode dims = (ObjectNode) result.get("dimensions");
        dims.remove("market");
        ((ObjectNode) dims.get("technology")).putNull("score");
        jdbc.update("update assessment set result = ? where token = ?", JSON.writeValueAsString(result),
                first.getToken());

        MvcResult page = mvc.perform(get(path(second)).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Assessment 1 (" + day(first) + "): not in that assessment\u2019s questionnaire."),
                        containsString("Assessment 1 (" + day(first) + "): no evidence."),
                        containsString("<span class=\"visually-hidden\">not in that assessment\u2019s questionnaire</span>"))))
                .andReturn();
        ProgressView view = (ProgressView) page.getModelAndView().getModel().get("progress");
        Series market = series(view, "market");
        assertThat(market.cells()).extracting(Cell::score).containsExactly(null, second.result().scoreOf("market"));
        assertThat(market.cells().get(0).missingKey()).isEqualTo(Progress.NOT_ASKED);
        assertThat(market.chart().markers()).extracting(ProgressChart.Marker::position).containsExactly(1);
        assertThat(market.chart().lines()).isEmpty();
        Series technology = series(view, "technology");
        assertThat(technology.cells().get(0).missingKey()).isEqualTo(Progress.NO_EVIDENCE);
        assertThat(technology.chart().lines()).isEmpty();
        // The market keeps its place among the dimensions, taken from the newer questionnaire.
        assertThat(view.dimensions()).extracting(Series::id)
                .containsExactlyElementsOf(second.result().dimensions().keySet());
    }

    @Test
    void myAssessmentsLinksEachStartupWithACompletedAssessmentToItsProgress() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");
        Assessment draft = fixtures.inProgress(ada, "Half Done");

        mvc.perform(get("/me").with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/me/startups/" + lab.getToken() + "/progress\""),
                        containsString("Progress over time"),
                        not(containsString("/me/startups/" + draft.getToken() + "/progress")))));
    }

    @Test
    void anotherFoundersOrAnUnknownStartupIsNotFound() throws Exception {
        Person ada = fixtures.founder();
        Person eve = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");

        mvc.perform(get(path(lab)).with(eve.signedIn())).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Deep Lab"))));
        mvc.perform(get("/me/startups/no-such-token/progress").with(ada.signedIn())).andExpect(status().isNotFound());
        Assessment anonymous = fixtures.strong("Nobody's Lab");
        mvc.perform(get(path(anonymous)).with(ada.signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void visitorsAreSentToSignInAndMentorsAndAdminsAreRefused() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");

        mvc.perform(get(path(lab))).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(path(lab)).with(fixtures.mentor().signedIn())).andExpect(status().isForbidden());
        mvc.perform(get(path(lab)).with(fixtures.admin().signedIn())).andExpect(status().isForbidden());
    }

    private static Series series(ProgressView view, String id) {
        return view.dimensions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String path(Assessment assessment) {
        return "/me/startups/" + assessment.getToken() + "/progress";
    }

    /** The completion date as the English page writes it (founder.datePattern). */
    private String day(Assessment assessment) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(completedOn(assessment));
    }

    private String dayZh(Assessment assessment) {
        return DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINESE).format(completedOn(assessment));
    }

    private LocalDate completedOn(Assessment assessment) {
        return LocalDate.ofInstant(assessment.getCompletedAt(), clock.getZone());
    }
}
