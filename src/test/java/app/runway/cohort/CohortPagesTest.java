package app.runway.cohort;

import static app.runway.support.Answers.BEST;
import static app.runway.support.Answers.WORST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.runway.account.AccountService;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.ReviewState;
import app.runway.questionnaire.Stage;
import app.runway.support.Assessments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The mentors' cohort dashboard and its CSV, over a cohort of eleven shared assessments and one draft. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:cohort;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CohortPagesTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    QuestionnaireCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void cohort() {
        Assessments fixtures = new Assessments(accounts, assessmentService, catalog, jdbc);
        fixtures.inState(ReviewState.REVIEWED, "Deep Lab", "healthcare", Stage.SEED, BEST);
        fixtures.inState(ReviewState.SUBMITTED, "深度实验室", "finance", Stage.SEED, WORST);
        fixtures.inState(ReviewState.IN_REVIEW, FORMULA, "retail", Stage.IDEA, WORST);
        fixtures.inState(ReviewState.SUBMITTED, "+1 Labs", "retail", Stage.IDEA, BEST);
        fixtures.inState(ReviewState.SUBMITTED, "-minus", "finance", Stage.PROTOTYPE, WORST);
        fixtures.inState(ReviewState.SUBMITTED, "@SUM(A1)", "finance", Stage.PROTOTYPE, BEST);
        fixtures.inState(ReviewState.SUBMITTED, "\tTabbed", "finance", Stage.GROWTH, WORST);
        fixtures.inState(ReviewState.SUBMITTED, "Comma, Inc.", "finance", Stage.GROWTH, BEST);
        fixtures.inState(ReviewState.SUBMITTED, "The \"Q\" Co", "finance", Stage.GROWTH, BEST);
        fixtures.inState(ReviewState.SUBMITTED, "Line\nBreak", "finance", Stage.GROWTH, BEST);
        fixtures.inState(ReviewState.SUBMITTED, SCRIPT, "finance", Stage.GROWTH, WORST);
        fixtures.inState(ReviewState.DRAFT, "Hidden Draft", "finance", Stage.SEED, BEST);
    }

    static RequestPostProcessor mentor() {
        return user("mentor@example.com").roles("MENTOR");
    }

    // --- who may see it ---

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/mentor/cohort")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/mentor/cohort.csv")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void foundersAreForbidden() throws Exception {
        mvc.perform(get("/mentor/cohort").with(user("founder@example.com").roles("FOUNDER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mentor/cohort.csv").with(user("founder@example.com").roles("FOUNDER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void mentorsAndAdminsSeeIt() throws Exception {
        mvc.perform(get("/mentor/cohort").with(mentor())).andExpect(status().isOk())
                .andExpect(view().name("cohort/dashboard"));
        mvc.perform(get("/mentor/cohort").with(user("admin@example.com").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/mentor/cohort.csv").with(user("admin@example.com").roles("ADMIN")))
                .andExpect(status().isOk());
    }

    @Test
    void aCsvExportIsWrittenToTheAuditLogWithWhoTookHowManyRows() throws Exception {
        mvc.perform(get("/mentor/cohort.csv").param("stage", "growth").with(user("exporter@example.com")
                .roles("MENTOR"))).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'COHORT_EXPORTED'"
                + " and actor = 'exporter@example.com'", String.class)).isEqualTo("5 rows, stage growth, industry all, programme all visible");
    }

    // --- the dashboard ---

    @Test
    void countsTheSharedAssessmentsByStateAndStageLeavingDraftsOut() throws Exception {
        CohortPage page = page(get("/mentor/cohort"));
        assertThat(page.total()).isEqualTo(11);
        assertThat(values(page.byState())).containsExactly(9, 1, 1);
        assertThat(values(page.byStage())).containsExactly(2, 2, 0, 2, 5);
        assertThat(values(page.index()).stream().mapToInt(Integer::intValue).sum() + page.withoutIndex())
                .isEqualTo(11);
        assertThat(page.dimensions().svg().bars()).hasSize(12)
                .allSatisfy(b -> assertThat(b.item().detail()).isEqualTo(11));
    }

    @Test
    void averagesEachDimensionOverTheCohort() throws Exception {
        // Six assessments answered with the best option everywhere, five with the weakest.
        CohortPage strongOnly = page(get("/mentor/cohort").param("industry", "healthcare"));
        assertThat(strongOnly.total()).isEqualTo(1);
        assertThat(values(strongOnly.dimensions())).containsOnly(100);
        assertThat(values(strongOnly.index()).get(9)).isEqualTo(1);
        CohortPage all = page(get("/mentor/cohort"));
        assertThat(values(all.dimensions())).allSatisfy(v -> assertThat(v).isBetween(1, 99));
    }

    @Test
    void filtersByStageAndIndustry() throws Exception {
        assertThat(page(get("/mentor/cohort").param("stage", "seed")).total()).isEqualTo(2);
        assertThat(page(get("/mentor/cohort").param("industry", "retail")).total()).isEqualTo(2);
        assertThat(page(get("/mentor/cohort").param("stage", "growth").param("industry", "finance")).total())
                .isEqualTo(5);
    }

    @Test
    void ignoresFilterValuesItDoesNotKnow() throws Exception {
        CohortPage page = page(get("/mentor/cohort").param("stage", "unicorn").param("industry", "<b>x</b>"));
        assertThat(page.total()).isEqualTo(11);
        assertThat(page.filter()).isEqualTo(CohortFilter.NONE);
    }

    @Test
    void saysSoWhenNothingMatches() throws Exception {
        mvc.perform(get("/mentor/cohort").with(mentor()).param("stage", "pre-seed").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No assessment shared with mentors matches.")))
                .andExpect(content().string(not(containsString("<svg"))));
    }

    @Test
    void drawsEveryChartAsAnAccessibleSvgWithItsNumbersInATable() throws Exception {
        String html = mvc.perform(get("/mentor/cohort").with(mentor()).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        for (String id : List.of("by-state", "by-stage", "dimensions", "index", "risks", "pitfalls")) {
            assertThat(html).contains("aria-labelledby=\"" + id + "-chart-title " + id + "-chart-desc\"");
            assertThat(html).contains("<title id=\"" + id + "-chart-title\">");
            assertThat(html).contains("<desc id=\"" + id + "-chart-desc\">");
        }
        assertThat(html).contains("role=\"img\"").contains("viewBox=\"0 0 400 ");
        assertThat(html).contains("Submitted: 9.").contains("In review: 1.");
        assertThat(html).containsPattern("<td class=\"num\">9</td>");
        assertThat(html).contains("<caption id=\"by-state-caption\">The numbers in the chart</caption>");
        // The scrolling table is a region named apart from its section (axe: landmark-unique).
        assertThat(html).containsPattern("role=\"region\"\\s+aria-labelledby=\"by-state-heading by-state-caption\"");
        // The flagged risks and pitfalls link to their guide pages.
        assertThat(html).contains("href=\"/guide/risks/").contains("href=\"/guide/pitfalls/");
        // No inline style or script: the content security policy would block them.
        assertThat(html).doesNotContain("style=\"").doesNotContain("<script");
    }

    @Test
    void theFilterFormWorksWithoutJavaScriptAndKeepsTheChoice() throws Exception {
        String html = mvc.perform(get("/mentor/cohort").with(mentor()).param("stage", "seed").param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<form class=\"filters\" method=\"get\" action=\"/mentor/cohort\"");
        assertThat(html).contains("<label for=\"filter-stage\">Stage</label>");
        assertThat(html).contains("<option value=\"seed\" selected=\"selected\">Seed</option>");
        assertThat(html).contains("href=\"/mentor/cohort.csv?stage=seed\"");
    }

    @Test
    void speaksChinese() throws Exception {
        mvc.perform(get("/mentor/cohort").with(mentor()).param("lang", "zh"))
                .andExpect(content().string(containsString("群组看板")))
                .andExpect(content().string(containsString("按审阅状态统计的评估")))
                .andExpect(content().string(containsString("已提交：9。")))
                .andExpect(content().string(containsString("本群组共有 11 份评估。")));
    }

    // --- the CSV ---

    @Test
    void csvIsUtf8WithAByteOrderMarkSoThatSpreadsheetsReadChinese() throws Exception {
        MvcResult result = mvc.perform(get("/mentor/cohort.csv").with(mentor()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"runway-cohort-")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(bytes)).contains("深度实验室");
    }

    @Test
    void csvHasOneRowPerSharedAssessmentAndAColumnPerDimension() throws Exception {
        List<List<String>> rows = csv(get("/mentor/cohort.csv").param("lang", "en"));
        List<String> header = rows.get(0);
        assertThat(header.subList(0, 7)).containsExactly("Startup", "Industry", "Stage", "Review state",
                "Submitted at (UTC)", "Readiness index", "Band");
        assertThat(header).hasSize(7 + 12 + 2).endsWith("Flagged risks", "Flagged pitfalls");
        assertThat(header.get(7)).isEqualTo("Market insight and positioning");
        assertThat(rows).hasSize(1 + 11).allSatisfy(row -> assertThat(row).hasSize(header.size()));
        assertThat(rows).extracting(row -> row.get(0)).doesNotContain("Hidden Draft");

        List<String> deepLab = rows.stream().filter(r -> r.get(0).equals("Deep Lab")).findFirst().orElseThrow();
        assertThat(deepLab.subList(1, 7)).containsExactly("Healthcare", "Seed", "Reviewed", "2025-03-04 05:06",
                "100", deepLab.get(6));
        assertThat(deepLab.subList(7, 19)).containsOnly("100");
        List<String> weak = rows.stream().filter(r -> r.get(0).equals("深度实验室")).findFirst().orElseThrow();
        assertThat(weak.get(19)).as("flagged risks, by title").isNotBlank().doesNotContain("-risk");
    }

    @Test
    void csvDefusesEveryCellASpreadsheetWouldRunAsAFormula() throws Exception {
        String raw = text(mvc.perform(get("/mentor/cohort.csv").with(mentor())).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(raw).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        List<String> names = csv(get("/mentor/cohort.csv")).stream().map(r -> r.get(0)).toList();
        assertThat(names).contains("'" + FORMULA, "'+1 Labs", "'-minus", "'@SUM(A1)", "'\tTabbed")
                .doesNotContain(FORMULA, "+1 Labs", "-minus", "@SUM(A1)", "\tTabbed");
        assertThat(names).noneMatch(name -> !name.isEmpty() && "=+-@\t\r".indexOf(name.charAt(0)) >= 0);
    }

    @Test
    void csvQuotesAsRfc4180Asks() throws Exception {
        String raw = text(mvc.perform(get("/mentor/cohort.csv").with(mentor())).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(raw).contains("\r\n\"Comma, Inc.\",").contains("\r\n\"The \"\"Q\"\" Co\",")
                .contains("\r\n\"Line\nBreak\",").endsWith("\r\n");
        assertThat(raw.replace("\r\n", "")).as("every line ends with CRLF").doesNotContain("\r");
        // Script a founder typed is plain text in a CSV cell, served as an attachment that is never sniffed as HTML.
        assertThat(csv(get("/mentor/cohort.csv")).stream().map(r -> r.get(0))).contains(SCRIPT);
    }

    @Test
    void csvFollowsTheFiltersAndTheLanguage() throws Exception {
        List<List<String>> rows = csv(get("/mentor/cohort.csv").param("stage", "seed").param("lang", "zh"));
        assertThat(rows.get(0).subList(0, 3)).containsExactly("初创公司", "行业", "阶段");
        assertThat(rows).hasSize(1 + 2);
        assertThat(rows.stream().map(r -> r.get(2)).skip(1)).containsOnly("种子轮");
    }

    // --- helpers ---

    private CohortPage page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return (CohortPage) mvc.perform(request.with(mentor())).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("page");
    }

    private static List<Integer> values(CohortPage.Chart chart) {
        return chart.svg().bars().stream().map(b -> b.item().value()).toList();
    }

    private List<List<String>> csv(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return parse(text(mvc.perform(request.with(mentor())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray()));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    /** An RFC 4180 reader, to check what a spreadsheet would see in each cell. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
