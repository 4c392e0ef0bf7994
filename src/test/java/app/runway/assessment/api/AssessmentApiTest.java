package app.runway.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.scoring.Profile;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** The JSON API through the whole application: the questionnaire, submitting, reading back, and every refusal. */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentApiTest {

    /** A research team: the best technology answers, the weakest market and business-model answers. */
    static final String RESEARCH_TEAM = """
            {"profile": {"startupName": "Deep Lab", "industry": "manufacturing", "stage": "prototype", "teamSize": 4},
             "answers": {
               "model-experience": "scale", "feasibility-prototype": "validated", "technical-edge": "own",
               "model-quality-metrics": "monitored",
               "target-segment": "none", "customer-interviews": "none", "competitor-map": "none",
               "willingness-to-pay": "none", "market-monitoring": "unknown",
               "revenue-model": "none", "revenue-streams": "one", "commercial-path": "none", "unit-economics": "uncalculated"
             }}
            """;

    static final String VALID_PROFILE = """
            "profile": {"startupName": "Acme", "industry": "finance", "stage": "seed", "teamSize": 8}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    QuestionnaireCatalog catalog;

    // --- GET /api/questionnaire -------------------------------------------------------------

    @Test
    void questionnaireListsIndustriesStagesDimensionsAndQuestions() throws Exception {
        mvc.perform(get("/api/questionnaire"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.version").value(catalog.current().contentHash()))
                .andExpect(jsonPath("$.lang").value("en"))
                .andExpect(jsonPath("$.industries[?(@.id == 'healthcare')].title").value(hasItem(startsWith("Health"))))
                .andExpect(jsonPath("$.stages[*].id").value(contains("idea", "prototype", "pre-seed", "seed", "growth")))
                .andExpect(jsonPath("$.stages[3].title").value("Seed"))
                .andExpect(jsonPath("$.dimensions", hasSize(12)))
                .andExpect(jsonPath("$.dimensions[0].id").value("market"))
                .andExpect(jsonPath("$.dimensions[0].title").value("Market insight and positioning"))
                .andExpect(jsonPath("$.dimensions[0].weights.pre-seed").value(1.7))
                .andExpect(jsonPath("$.dimensions[0].weights.idea").value(1.2))
                .andExpect(jsonPath("$.questions[0].id").value("target-segment"))
                .andExpect(jsonPath("$.questions[0].dimension").value("market"))
                .andExpect(jsonPath("$.questions[0].text").value(startsWith("Which industry")))
                .andExpect(jsonPath("$.questions[0].options[0].id").value("none"))
                .andExpect(jsonPath("$.questions[0].options[0].score").value(0))
                .andExpect(jsonPath("$.questions[0].options[4].id").value("unknown"))
                .andExpect(jsonPath("$.questions[0].options[4].label").value("I don't know"))
                .andExpect(jsonPath("$.questions[0].options[4].score").value(nullValue()))
                .andExpect(jsonPath("$.questions[0].conditions").doesNotExist())
                .andExpect(jsonPath("$.bands[0].id").value("early"));
    }

    @Test
    void questionnaireStatesWhenEachQuestionIsAsked() throws Exception {
        mvc.perform(get("/api/questionnaire").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[?(@.id == 'willingness-to-pay')].conditions.stages[*]")
                        .value(contains("prototype", "pre-seed", "seed", "growth")))
                .andExpect(jsonPath("$.questions[?(@.id == 'willingness-to-pay')].conditions.industries").isEmpty())
                .andExpect(jsonPath("$.questions[?(@.id == 'medical-data-compliance')].conditions.industries[*]")
                        .value(contains("healthcare")))
                .andExpect(jsonPath("$.questions[?(@.id == 'customer-concentration')].conditions.ifAnswer.question")
                        .value(contains("commercial-path")))
                .andExpect(jsonPath("$.questions[?(@.id == 'customer-concentration')].conditions.ifAnswer.options[*]")
                        .value(contains("paying")));
    }

    @Test
    void questionnaireSpeaksChinese() throws Exception {
        mvc.perform(get("/api/questionnaire").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("zh"))
                .andExpect(jsonPath("$.stages[3].title").value("种子阶段"))
                .andExpect(jsonPath("$.questions[0].options[4].label").value("我不知道"))
                .andExpect(jsonPath("$.questions[0].text").value(matchesPattern(".*\\p{IsHan}.*")))
                .andExpect(jsonPath("$.dimensions[0].title").value(matchesPattern(".*\\p{IsHan}.*")))
                .andExpect(jsonPath("$.industries[0].title").value(matchesPattern(".*\\p{IsHan}.*")));
    }

    @Test
    void questionnaireRefusesALanguageItDoesNotSpeak() throws Exception {
        mvc.perform(get("/api/questionnaire").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("lang"))
                .andExpect(jsonPath("$.errors[0].message").value("unsupported language 'fr' (en or zh)"));
    }

    // --- POST /api/assessments: accepted ----------------------------------------------------

    @Test
    void researchTeamWithoutMarketWorkIsWarnedOfTechnologyDependence() throws Exception {
        long before = storedAssessments();
        MvcResult created = mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON)
                        .content(RESEARCH_TEAM))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/assessments/[A-Za-z0-9_-]{43}")))
                .andExpect(jsonPath("$.token").value(matchesPattern("[A-Za-z0-9_-]{43}")))
                .andExpect(jsonPath("$.status").value("completed"))
                .andExpect(jsonPath("$.guideVersion").value(catalog.current().contentHash()))
                .andExpect(jsonPath("$.profile.stage").value("prototype"))
                .andExpect(jsonPath("$.result.index").isNumber())
                .andExpect(jsonPath("$.result.stage").isString())
                .andExpect(jsonPath("$.result.stageTitle").isString())
                .andExpect(jsonPath("$.result.dimensions.technology.score").value(100))
                .andExpect(jsonPath("$.result.dimensions.technology.answered").value(4))
                .andExpect(jsonPath("$.result.dimensions.market.score").value(0))
                .andExpect(jsonPath("$.result.dimensions.market.unknown").value(1))
                .andExpect(jsonPath("$.result.flaggedPitfalls[*].id").value(hasItem("technology-dependence")))
                .andExpect(jsonPath("$.result.flaggedPitfalls[?(@.id == 'technology-dependence')].explanation[*].rule")
                        .value(hasItem("technology-without-market")))
                .andExpect(jsonPath("$.result.flaggedPitfalls[?(@.id == 'single-product')]").isNotEmpty())
                .andExpect(jsonPath("$.result.flaggedRisks[0].severity").isString())
                .andExpect(jsonPath("$.result.strategies[0].id").isString())
                .andExpect(jsonPath("$.result.strategies[0].addresses").isNotEmpty())
                .andExpect(jsonPath("$.result.cases[0].id").isString())
                .andExpect(jsonPath("$.result.evidenceToDo").value(contains("market-monitoring")))
                .andExpect(jsonPath("$.result.unanswered").value(hasItem("key-roles")))
                .andExpect(jsonPath("$.result.ignored").isEmpty())
                .andReturn();
        assertThat(storedAssessments()).isEqualTo(before + 1);

        String location = created.getResponse().getHeader("Location");
        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content().json(created.getResponse().getContentAsString()));
    }

    @Test
    void answersToQuestionsNotAskedOfThisProfileAreIgnoredNotRefused() throws Exception {
        // An idea-stage startup in finance is not asked about paying customers, nor the medical questions.
        mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content("""
                        {"profile": {"startupName": "Early", "industry": "finance", "stage": "idea", "teamSize": 2},
                         "answers": {"target-segment": "vertical", "willingness-to-pay": "paid",
                                     "medical-data-compliance": "unknown", "customer-concentration": "spread"}}
                        """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.result.ignored")
                        .value(contains("customer-concentration", "medical-data-compliance", "willingness-to-pay")))
                .andExpect(jsonPath("$.result.dimensions.market.answered").value(1))
                .andExpect(jsonPath("$.result.evidenceToDo").isEmpty());
    }

    @Test
    void assessmentWithoutAnswersIsStoredWithAnEmptyResult() throws Exception {
        mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content("{" + VALID_PROFILE + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.result.index").value(nullValue()))
                .andExpect(jsonPath("$.result.stage").value(nullValue()))
                .andExpect(jsonPath("$.result.dimensions.market.score").value(nullValue()))
                .andExpect(jsonPath("$.result.unanswered").isNotEmpty());
    }

    @Test
    void resultSpeaksTheRequestedLanguage() throws Exception {
        MvcResult created = mvc.perform(post("/api/assessments").param("lang", "zh")
                        .contentType(MediaType.APPLICATION_JSON).content(RESEARCH_TEAM))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.result.stageTitle").value(matchesPattern(".*\\p{IsHan}.*")))
                .andReturn();
        mvc.perform(get(created.getResponse().getHeader("Location")).param("lang", "en"))
                .andExpect(jsonPath("$.result.stageTitle").value(matchesPattern("[\\p{IsLatin} ]+")));
    }

    // --- GET /api/assessments/{token} -------------------------------------------------------

    @Test
    void unknownTokenIsNotFound() throws Exception {
        mvc.perform(get("/api/assessments/no-such-token"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("Nothing is at this address, or no assessment has this token."));
    }

    @Test
    void assessmentStartedOnTheWebShowsAsInProgress() throws Exception {
        Assessment started = assessments.start(new Profile("Halfway", "retail", Stage.SEED, 5));
        assessments.record(started.getToken(), Map.of("target-segment", "broad"));
        mvc.perform(get("/api/assessments/" + started.getToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("in-progress"))
                .andExpect(jsonPath("$.profile.startupName").value("Halfway"))
                .andExpect(jsonPath("$.answers.target-segment").value("broad"))
                .andExpect(jsonPath("$.guideVersion").value(nullValue()))
                .andExpect(jsonPath("$.result").value(nullValue()));
    }

    @Test
    void readingRefusesALanguageItDoesNotSpeak() throws Exception {
        mvc.perform(get("/api/assessments/whatever").param("lang", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }

    // --- POST /api/assessments: refused, nothing stored ---------------------------------------

    @Test
    void refusesUnknownQuestion() throws Exception {
        refused("{" + VALID_PROFILE + ", \"answers\": {\"target-segment\": \"broad\", \"market-focus\": \"none\"}}",
                "answers.market-focus")
                .andExpect(jsonPath("$.errors[0].message").value("unknown question 'market-focus'"));
    }

    @Test
    void refusesUnknownOption() throws Exception {
        refused("{" + VALID_PROFILE + ", \"answers\": {\"target-segment\": \"everyone\"}}", "answers.target-segment")
                .andExpect(jsonPath("$.errors[0].message").value(
                        "unknown option 'everyone' for question 'target-segment' (one of none, broad, vertical, reasoned, unknown)"));
    }

    @Test
    void refusesMissingProfile() throws Exception {
        refused("{\"answers\": {\"target-segment\": \"broad\"}}", "profile")
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void refusesMissingStartupName() throws Exception {
        refused(profile("\"industry\": \"finance\", \"stage\": \"seed\", \"teamSize\": 8"), "profile.startupName");
    }

    @Test
    void refusesBlankStartupName() throws Exception {
        refused(profile("\"startupName\": \"   \", \"industry\": \"finance\", \"stage\": \"seed\", \"teamSize\": 8"),
                "profile.startupName")
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
    }

    @Test
    void refusesOverlongStartupName() throws Exception {
        refused(profile("\"startupName\": \"" + "x".repeat(201)
                + "\", \"industry\": \"finance\", \"stage\": \"seed\", \"teamSize\": 8"), "profile.startupName");
    }

    @Test
    void refusesUnknownIndustry() throws Exception {
        refused(profile("\"startupName\": \"A\", \"industry\": \"x\", \"stage\": \"seed\", \"teamSize\": 8"),
                "profile.industry")
                .andExpect(jsonPath("$.errors[0].message").value("unknown industry 'x'"));
    }

    @Test
    void refusesMissingIndustry() throws Exception {
        refused(profile("\"startupName\": \"A\", \"stage\": \"seed\", \"teamSize\": 8"), "profile.industry")
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void refusesUnknownStage() throws Exception {
        refused(profile("\"startupName\": \"A\", \"industry\": \"finance\", \"stage\": \"series-b\", \"teamSize\": 8"),
                "profile.stage")
                .andExpect(jsonPath("$.errors[0].message")
                        .value("unknown stage 'series-b' (one of idea, prototype, pre-seed, seed, growth)"));
    }

    @Test
    void refusesMissingStage() throws Exception {
        refused(profile("\"startupName\": \"A\", \"industry\": \"finance\", \"teamSize\": 8"), "profile.stage");
    }

    @Test
    void refusesMissingTeamSize() throws Exception {
        refused(profile("\"startupName\": \"A\", \"industry\": \"finance\", \"stage\": \"seed\""), "profile.teamSize")
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void refusesTeamSizeBelowOne() throws Exception {
        refused(profile("\"startupName\": \"A\", \"industry\": \"finance\", \"stage\": \"seed\", \"teamSize\": 0"),
                "profile.teamSize")
                .andExpect(jsonPath("$.errors[0].message").value("must be at least 1"));
    }

    @Test
    void refusesMalformedJson() throws Exception {
        refused("{\"profile\": {\"startupName\": \"A\",", "body")
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("is not valid JSON")));
    }

    @Test
    void refusesAnEmptyBody() throws Exception {
        refused("", "body");
    }

    @Test
    void refusesABodyThatIsNotAnObject() throws Exception {
        refused("[1, 2]", "body");
    }

    @Test
    void refusesWrongTypesNamingEachField() throws Exception {
        refused("""
                {"profile": {"startupName": 42, "industry": ["finance"], "stage": true, "teamSize": "eight"},
                 "answers": {"target-segment": 3}}
                """, "profile.startupName", "profile.industry", "profile.stage", "profile.teamSize",
                "answers.target-segment")
                .andExpect(jsonPath("$.errors[?(@.field == 'profile.teamSize')].message").value(contains("must be a whole number")))
                .andExpect(jsonPath("$.errors[?(@.field == 'profile.startupName')].message").value(contains("must be a string")));
    }

    @Test
    void refusesProfileAndAnswersOfTheWrongShape() throws Exception {
        refused("{\"profile\": \"Acme\", \"answers\": [\"target-segment\"]}", "profile", "answers");
    }

    @Test
    void refusesFractionalTeamSize() throws Exception {
        refused(profile("\"startupName\": \"A\", \"industry\": \"finance\", \"stage\": \"seed\", \"teamSize\": 2.5"),
                "profile.teamSize");
    }

    @Test
    void refusesUnknownFieldsSoThatTyposAreNoticed() throws Exception {
        refused("""
                {"profile": {"startupName": "A", "industry": "finance", "stage": "seed", "teamSize": 8, "team": 3},
                 "answer": {}}
                """, "answer", "profile.team");
    }

    @Test
    void namesEveryFieldAtFaultAtOnce() throws Exception {
        refused("""
                {"profile": {"startupName": "", "industry": "x", "stage": "late", "teamSize": -3},
                 "answers": {"market-focus": "none", "target-segment": "everyone", "customer-interviews": "many"}}
                """, "profile.startupName", "profile.industry", "profile.stage", "profile.teamSize",
                "answers.market-focus", "answers.target-segment")
                .andExpect(jsonPath("$.errorCount").value(6));
    }

    @Test
    void refusesAnUnsupportedLanguageWithTheOtherFaults() throws Exception {
        mvc.perform(post("/api/assessments").param("lang", "fr").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("lang", "profile")));
    }

    @Test
    void refusesABodyThatIsNotJson() throws Exception {
        long before = storedAssessments();
        mvc.perform(post("/api/assessments").contentType(MediaType.TEXT_PLAIN).content("profile=Acme"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(storedAssessments()).isEqualTo(before);
    }

    /** Posts the body, expects a 400 problem naming exactly these fields, and that nothing was stored. */
    private ResultActions refused(String body, String... fieldsAtFault) throws Exception {
        long before = storedAssessments();
        ResultActions result = mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString("at fault")))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder((Object[]) fieldsAtFault)));
        assertThat(storedAssessments()).as("nothing stored after a refusal").isEqualTo(before);
        return result;
    }

    private static String profile(String fields) {
        return "{\"profile\": {" + fields + "}, \"answers\": {\"target-segment\": \"broad\"}}";
    }

    private long storedAssessments() {
        return jdbc.queryForObject("select count(*) from assessment", Long.class);
    }
}
