package app.runway.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The founder's questionnaire in the browser: profile, dimension pages, resuming and finishing. */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    QuestionnaireCatalog catalog;

    // --- The profile step ----------------------------------------------------------------------

    @Test
    void homeInvitesToStartAnAssessment() throws Exception {
        mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/assessments/new\""),
                        containsString("Start a readiness assessment"))));
    }

    @Test
    void profileFormOffersTheGuidesIndustriesAndExplainsEachStage() throws Exception {
        mvc.perform(get("/assessments/new").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("assessment/profile"))
                .andExpect(content().string(allOf(
                        containsString("<option value=\"healthcare\">Healthcare"),
                        containsString("value=\"pre-seed\""),
                        containsString("A demo or prototype works, but no customer uses it yet."),
                        containsString("aria-describedby=\"stage-idea-hint\""),
                        containsString("<legend"))));
    }

    @Test
    void profileFormSpeaksChineseWithTheGuidesChineseIndustryTitles() throws Exception {
        mvc.perform(get("/assessments/new").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("开始创业准备度评估"),
                        matchesRegex("(?s).*<option value=\"healthcare\">医疗</option>.*"))));
    }

    @Test
    void profileErrorsAreShownNextToTheirFieldsAndEveryOtherInputIsKept() throws Exception {
        mvc.perform(post("/assessments/new").with(csrf()).param("lang", "en")
                        .param("startupName", "  ").param("industry", "healthcare").param("stage", "seed")
                        .param("teamSize", "0"))
                .andExpect(status().isOk()).andExpect(view().name("assessment/profile"))
                .andExpect(model().attributeHasFieldErrors("profileForm", "startupName", "teamSize"))
                .andExpect(content().string(allOf(
                        containsString("<title>Error: Start a readiness assessment"),
                        containsString("id=\"startupName-error\""),
                        containsString("Enter the name of your startup."),
                        containsString("aria-describedby=\"startupName-hint startupName-error\""),
                        containsString("id=\"teamSize-error\""),
                        containsString("Enter a team size from 1 to 10,000."),
                        containsString("class=\"form-control team-size is-invalid\""),
                        containsString("<option value=\"healthcare\" selected=\"selected\">"),
                        matchesRegex("(?s).*value=\"seed\"[^>]*checked=\"checked\".*"))))
                .andExpect(content().string(not(containsString("id=\"industry-error\""))));
    }

    @Test
    void profileRefusesALongNameAMissingChoiceAndATeamSizeThatIsNotANumber() throws Exception {
        mvc.perform(post("/assessments/new").with(csrf()).param("lang", "en")
                        .param("startupName", "x".repeat(201)).param("industry", "").param("teamSize", "four"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("profileForm", "startupName", "industry", "stage",
                        "teamSize"))
                .andExpect(content().string(allOf(
                        containsString("Shorten the name to 200 characters or fewer."),
                        containsString("Choose the industry you work in."),
                        containsString("Choose the stage your startup is at."),
                        containsString("Enter the team size as a whole number, such as 4."),
                        containsString("value=\"four\""),
                        // the summary lists the problems in the order of the form, each linking to its field
                        matchesRegex("(?s).*href=\"#startupName\".*href=\"#industry\".*href=\"#stage-idea\""
                                + ".*href=\"#teamSize\".*"))));
    }

    @Test
    void profileRefusesAnIndustryOrStageItNeverOffered() throws Exception {
        mvc.perform(post("/assessments/new").with(csrf()).param("lang", "en")
                        .param("startupName", "Acme").param("industry", "astrology").param("stage", "unicorn")
                        .param("teamSize", "3"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("profileForm", "industry", "stage"))
                .andExpect(content().string(allOf(containsString("Choose one of the industries in the list."),
                        containsString("Choose one of the stages in the list."))));
    }

    @Test
    void profileErrorsSpeakChinese() throws Exception {
        mvc.perform(post("/assessments/new").with(csrf()).param("lang", "zh")
                        .param("startupName", "").param("industry", "finance").param("stage", "seed")
                        .param("teamSize", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写公司名称。"),
                        containsString("团队人数请填写整数，例如 4。"))));
    }

    @Test
    void startingCreatesTheAssessmentAndShowsThePrivateLinkOnce() throws Exception {
        MvcResult created = mvc.perform(post("/assessments/new").with(csrf()).param("lang", "en")
                        .param("startupName", " Lumen Health ").param("industry", "healthcare")
                        .param("stage", "seed").param("teamSize", "7"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/assessments/*/dimensions/market"))
                .andReturn();
        String token = created.getResponse().getRedirectedUrl().split("/")[2];
        assertThat(token).hasSizeGreaterThanOrEqualTo(22);
        Assessment assessment = assessments.find(token);
        assertThat(assessment.profile()).isEqualTo(new Profile("Lumen Health", "healthcare", Stage.SEED, 7));

        mvc.perform(get(created.getResponse().getRedirectedUrl()).param("lang", "en")
                        .flashAttrs(created.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Your private link"),
                        containsString("http://localhost/assessments/" + token + "\""),
                        containsString("Anyone who has this link can open and change your assessment"))));
        mvc.perform(get(created.getResponse().getRedirectedUrl()).param("lang", "en"))
                .andExpect(content().string(not(containsString("Anyone who has this link"))));
    }

    @Test
    void profileCanBeChangedLaterAndKeepsTheAnswers() throws Exception {
        String token = start("finance", Stage.SEED);
        assessments.record(token, Map.of("customer-interviews", "many"));
        mvc.perform(get("/assessments/{t}/profile", token).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Acme AI\""),
                        containsString("<option value=\"finance\" selected=\"selected\">"))));
        mvc.perform(post("/assessments/{t}/profile", token).with(csrf()).param("startupName", "Acme Health")
                        .param("industry", "healthcare").param("stage", "growth").param("teamSize", "12"))
                .andExpect(redirectedUrl("/assessments/" + token + "/dimensions/market"))
                .andExpect(flash().attribute("notice", "assessment.flash.profileSaved"));
        Assessment changed = assessments.find(token);
        assertThat(changed.profile()).isEqualTo(new Profile("Acme Health", "healthcare", Stage.GROWTH, 12));
        assertThat(changed.getAnswers()).containsEntry("customer-interviews", "many");

        mvc.perform(post("/assessments/{t}/profile", token).with(csrf()).param("lang", "en")
                        .param("startupName", "").param("industry", "healthcare").param("stage", "growth")
                        .param("teamSize", "12"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("profileForm", "startupName"));
        assertThat(assessments.find(token).profile().startupName()).isEqualTo("Acme Health");
    }

    // --- Dimension pages -----------------------------------------------------------------------

    @Test
    void dimensionPageShowsItsQuestionsWithDontKnowHelpAndProgress() throws Exception {
        String token = start("finance", Stage.SEED);
        assessments.record(token, Map.of("target-segment", "unknown"));
        mvc.perform(get("/assessments/{t}/dimensions/market", token).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("assessment/dimension"))
                .andExpect(content().string(allOf(
                        containsString("Dimension 1 of 12"),
                        containsString("<progress id=\"assessment-progress\""),
                        containsString("max=\"12\""),
                        containsString("<legend class=\"h5\">How many customer interviews"),
                        containsString("name=\"answers[customer-interviews]\""),
                        containsString("id=\"q-customer-interviews-unknown\" value=\"unknown\""),
                        containsString("I don&#39;t know"),
                        containsString("id=\"q-customer-interviews-help\""),
                        containsString("aria-describedby=\"q-customer-interviews-help\""),
                        matchesRegex("(?s).*id=\"q-target-segment-unknown\" value=\"unknown\"\\s+checked=\"checked\".*"),
                        containsString("aria-current=\"step\""),
                        matchesRegex("(?s).*name=\"jump\"\\s+value=\"technology\".*"),
                        containsString("name=\"action\" value=\"next\""))));
    }

    @Test
    void dimensionPageSpeaksChinese() throws Exception {
        String token = start("finance", Stage.SEED);
        mvc.perform(get("/assessments/{t}/dimensions/market", token).param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("第 1 个维度，共 12 个"), containsString("我不知道"),
                        containsString("保存并继续"))));
    }

    @Test
    void nextSavesThePageAndMovesOn() throws Exception {
        String token = start("finance", Stage.SEED);
        Map<String, String> answers = answersFor(token, "market", "unknown");
        mvc.perform(post("/assessments/{t}/dimensions/market", token).with(csrf()).params(form(answers))
                        .param("action", "next"))
                .andExpect(redirectedUrl("/assessments/" + token + "/dimensions/technology"))
                .andExpect(flash().attribute("notice", "assessment.flash.saved"));
        assertThat(assessments.find(token).getAnswers()).containsAllEntriesOf(answers);

        mvc.perform(get("/assessments/{t}/dimensions/technology", token).param("lang", "en")
                        .flashAttr("notice", "assessment.flash.saved"))
                .andExpect(content().string(allOf(containsString("Your answers are saved."),
                        containsString("Dimension 2 of 12"))));
        mvc.perform(get("/assessments/{t}/dimensions/market", token).param("lang", "en"))
                .andExpect(content().string(matchesRegex(
                        "(?s).*id=\"q-customer-interviews-unknown\" value=\"unknown\"\\s+checked=\"checked\".*")));
    }

    @Test
    void backSavesWhatWasGivenWithoutAskingForTheRest() throws Exception {
        String token = start("finance", Stage.SEED);
        mvc.perform(post("/assessments/{t}/dimensions/technology", token).with(csrf())
                        .param("answers[model-experience]", "unknown").param("action", "back"))
                .andExpect(redirectedUrl("/assessments/" + token + "/dimensions/market"))
                .andExpect(flash().attribute("notice", "assessment.flash.saved"));
        assertThat(assessments.find(token).getAnswers()).containsEntry("model-experience", "unknown");

        mvc.perform(post("/assessments/{t}/dimensions/market", token).with(csrf()).param("action", "back"))
                .andExpect(redirectedUrl("/assessments/" + token + "/profile"));
    }

    @Test
    void jumpingToAnotherDimensionSavesThisPage() throws Exception {
        String token = start("finance", Stage.SEED);
        mvc.perform(post("/assessments/{t}/dimensions/market", token).with(csrf())
                        .param("answers[target-segment]", "unknown").param("jump", "funding"))
                .andExpect(redirectedUrl("/assessments/" + token + "/dimensions/funding"));
        assertThat(assessments.find(token).getAnswers()).containsEntry("target-segment", "unknown");
    }

    @Test
    void aMissingAnswerIsNamedNextToItsQuestionAndTheGivenAnswersAreKept() throws Exception {
        String token = start("finance", Stage.SEED);
        mvc.perform(post("/assessments/{t}/dimensions/market", token).with(csrf()).param("lang", "en")
                        .param("answers[target-segment]", "unknown").param("answers[customer-interviews]", "unknown")
                        .param("action", "next"))
                .andExpect(status().isOk()).andExpect(view().name("assessment/dimension"))
                .andExpect(content().string(allOf(
                        containsString("<title>Error: Market insight"),
                        containsString("id=\"q-competitor-map-error\""),
                        containsString("aria-describedby=\"q-competitor-map-help q-competitor-map-error\""),
                        containsString("Choose an answer, or &quot;I don&#39;t know&quot;."),
                        containsString("href=\"#q-competitor-map-none\""),
                        matchesRegex("(?s).*id=\"q-customer-interviews-unknown\" value=\"unknown\"\\s+checked=\"checked\".*"))))
                .andExpect(content().string(not(containsString("id=\"q-customer-interviews-error\""))));
        assertThat(assessments.find(token).getAnswers()).containsEntry("target-segment", "unknown")
                .containsEntry("customer-interviews", "unknown");
    }

    @Test
    void anOptionTheQuestionDoesNotHaveIsRefusedAndNothingIsStoredForIt() throws Exception {
        String token = start("finance", Stage.SEED);
        Map<String, String> answers = answersFor(token, "market", "unknown");
        answers.put("customer-interviews", "thousands");
        mvc.perform(post("/assessments/{t}/dimensions/market", token).with(csrf()).param("lang", "en")
                        .params(form(answers)).param("action", "next"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"q-customer-interviews-error\""),
                        containsString("That answer is not one of the choices."))));
        Map<String, String> stored = assessments.find(token).getAnswers();
        assertThat(stored).doesNotContainKey("customer-interviews").containsEntry("target-segment", "unknown");

        mvc.perform(post("/assessments/{t}/dimensions/market", token).with(csrf())
                        .param("answers[customer-interviews]", "thousands").param("action", "back"))
                .andExpect(status().is3xxRedirection());
        assertThat(assessments.find(token).getAnswers()).doesNotContainKey("customer-interviews");
    }

    @Test
    void anAnswerThatBringsUpAQuestionOnTheSamePageStaysThereToAskIt() throws Exception {
        String token = start("finance", Stage.SEED);
        Map<String, String> answers = answersFor(token, "business-model", "unknown");
        assertThat(answers).doesNotContainKey("customer-concentration");
        answers.put("commercial-path", "paying");
        mvc.perform(post("/assessments/{t}/dimensions/business-model", token).with(csrf()).param("lang", "en")
                        .params(form(answers)).param("action", "next"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"q-customer-concentration-error\""),
                        containsString("Your answer above brought up this question."))));
        answers.put("customer-concentration", "spread");
        mvc.perform(post("/assessments/{t}/dimensions/business-model", token).with(csrf())
                        .params(form(answers)).param("action", "next"))
                .andExpect(redirectedUrl("/assessments/" + token + "/dimensions/team"));

        // Changing the earlier answer hides the question again; its answer is kept, and ignored.
        answers.put("commercial-path", "pilot");
        answers.remove("customer-concentration");
        mvc.perform(post("/assessments/{t}/dimensions/business-model", token).with(csrf())
                        .params(form(answers)).param("action", "next"))
                .andExpect(redirectedUrl("/assessments/" + token + "/dimensions/team"));
        assertThat(assessments.find(token).getAnswers()).containsEntry("customer-concentration", "spread");
        mvc.perform(get("/assessments/{t}/dimensions/business-model", token).param("lang", "en"))
                .andExpect(content().string(not(containsString("customer-concentration"))));
    }

    @Test
    void questionsDependOnIndustryAndStage() throws Exception {
        String healthcare = start("healthcare", Stage.IDEA);
        String finance = start("finance", Stage.SEED);
        mvc.perform(get("/assessments/{t}/dimensions/data", healthcare).param("lang", "en"))
                .andExpect(content().string(containsString("name=\"answers[medical-data-compliance]\"")));
        mvc.perform(get("/assessments/{t}/dimensions/data", finance).param("lang", "en"))
                .andExpect(content().string(not(containsString("medical-data-compliance"))));
        mvc.perform(get("/assessments/{t}/dimensions/market", healthcare).param("lang", "en"))
                .andExpect(content().string(not(containsString("willingness-to-pay"))));
        mvc.perform(get("/assessments/{t}/dimensions/market", finance).param("lang", "en"))
                .andExpect(content().string(containsString("name=\"answers[willingness-to-pay]\"")));
    }

    @Test
    void finishingCompletesTheAssessmentAndOpensTheReport() throws Exception {
        String token = start("healthcare", Stage.SEED);
        assessments.record(token, answerEverything(token, "ecosystem"));
        Map<String, String> last = answersFor(token, "ecosystem", null);
        mvc.perform(get("/assessments/{t}/dimensions/ecosystem", token).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("name=\"action\" value=\"finish\""),
                        not(containsString("name=\"action\" value=\"next\"")))));
        mvc.perform(post("/assessments/{t}/dimensions/ecosystem", token).with(csrf()).params(form(last))
                        .param("action", "finish"))
                .andExpect(redirectedUrl("/assessments/" + token + "/report"));
        Assessment done = assessments.find(token);
        assertThat(done.isCompleted()).isTrue();
        assertThat(done.result()).isNotNull();
        assertThat(done.getAnswers()).containsAllEntriesOf(last);
    }

    @Test
    void finishingWithAnOpenQuestionElsewhereGoesThereInstead() throws Exception {
        String token = start("finance", Stage.SEED);
        Map<String, String> all = answerEverything(token, null);
        all.remove("key-roles");
        assessments.record(token, all);
        mvc.perform(post("/assessments/{t}/dimensions/ecosystem", token).with(csrf()).param("action", "finish"))
                .andExpect(redirectedUrl("/assessments/" + token + "/dimensions/team"))
                .andExpect(flash().attribute("notice", "assessment.flash.unanswered"));
        assertThat(assessments.find(token).isCompleted()).isFalse();
    }

    @Test
    void finishingRefusesAnUnansweredQuestionOnTheLastPage() throws Exception {
        String token = start("finance", Stage.SEED);
        assessments.record(token, answerEverything(token, "ecosystem"));
        mvc.perform(post("/assessments/{t}/dimensions/ecosystem", token).with(csrf()).param("lang", "en")
                        .param("action", "finish"))
                .andExpect(status().isOk()).andExpect(view().name("assessment/dimension"))
                .andExpect(content().string(containsString("id=\"q-ecosystem-partners-error\"")));
        assertThat(assessments.find(token).isCompleted()).isFalse();
    }

    // --- Resuming ------------------------------------------------------------------------------

    @Test
    void thePrivateLinkResumesAtTheFirstOpenQuestion() throws Exception {
        String token = start("finance", Stage.SEED);
        mvc.perform(get("/assessments/{t}", token))
                .andExpect(redirectedUrl("/assessments/" + token + "/dimensions/market"));

        Map<String, String> all = answerEverything(token, null);
        all.remove("compute-budget");
        assessments.record(token, all);
        mvc.perform(get("/assessments/{t}", token))
                .andExpect(redirectedUrl("/assessments/" + token + "/dimensions/compute"));

        assessments.record(token, Map.of("compute-budget", "unknown"));
        mvc.perform(get("/assessments/{t}", token))
                .andExpect(redirectedUrl("/assessments/" + token + "/dimensions/ecosystem"));

        assessments.complete(token);
        mvc.perform(get("/assessments/{t}", token))
                .andExpect(redirectedUrl("/assessments/" + token + "/report"));
    }

    @Test
    void aCompletedAssessmentCanBeChangedAndItsReportUpdatedFromAnyPage() throws Exception {
        String token = start("finance", Stage.SEED);
        assessments.record(token, answerEverything(token, null));
        assessments.complete(token);
        mvc.perform(get("/assessments/{t}/dimensions/market", token).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("This assessment is complete."),
                        containsString("href=\"/assessments/" + token + "/report\""),
                        containsString("Save and update the report"))));
        mvc.perform(post("/assessments/{t}/dimensions/market", token).with(csrf())
                        .param("answers[target-segment]", "unknown").param("action", "finish"))
                .andExpect(redirectedUrl("/assessments/" + token + "/report"));
        assertThat(assessments.find(token).result().evidenceToDo()).contains("target-segment");
    }

    // --- Addresses that do not exist, and what a user typed ----------------------------------------

    @Test
    void unknownTokenOrDimensionIsNotFound() throws Exception {
        String token = start("finance", Stage.SEED);
        mvc.perform(get("/assessments/{t}", "no-such-token")).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{t}/dimensions/market", "no-such-token")).andExpect(status().isNotFound());
        mvc.perform(post("/assessments/{t}/dimensions/market", "no-such-token").with(csrf())
                .param("action", "back")).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{t}/profile", "no-such-token")).andExpect(status().isNotFound());
        mvc.perform(post("/assessments/{t}/profile", "no-such-token").with(csrf()).param("startupName", ""))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{t}/dimensions/astrology", token).param("lang", "en"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/assessments/{t}/dimensions/astrology", token).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        String token = start("finance", Stage.SEED);
        mvc.perform(post("/assessments/new").param("startupName", "Acme").param("industry", "finance")
                .param("stage", "seed").param("teamSize", "3")).andExpect(status().isForbidden());
        mvc.perform(post("/assessments/{t}/dimensions/market", token).param("answers[target-segment]", "unknown"))
                .andExpect(status().isForbidden());
        assertThat(assessments.find(token).getAnswers()).isEmpty();
    }

    @Test
    void theStartupNameIsEscapedOnEveryPage() throws Exception {
        String name = "<script>alert(1)</script>";
        MvcResult created = mvc.perform(post("/assessments/new").with(csrf()).param("startupName", name)
                        .param("industry", "finance").param("stage", "seed").param("teamSize", "2"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String token = created.getResponse().getRedirectedUrl().split("/")[2];
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        for (MockHttpServletRequestBuilder page : List.of(get("/assessments/{t}/dimensions/market", token),
                get("/assessments/{t}/profile", token),
                post("/assessments/{t}/dimensions/market", token).with(csrf()).param("action", "next"))) {
            mvc.perform(page.param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString(escaped), not(containsString(name)))));
        }
    }

    // --- Helpers -------------------------------------------------------------------------------

    private String start(String industry, Stage stage) {
        return assessments.start(new Profile("Acme AI", industry, stage, 5)).getToken();
    }

    /** An answer to every question asked on one page, {@code choice} or else each question's first option. */
    private Map<String, String> answersFor(String token, String dimension, String choice) {
        Questionnaire questionnaire = catalog.current().questionnaire();
        Assessment assessment = assessments.find(token);
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : ReadinessScorer.askedQuestions(questionnaire, assessment.profile(),
                assessment.getAnswers())) {
            if (question.dimension().equals(dimension)) {
                answers.put(question.id(), choice != null ? choice : question.options().get(0).id());
            }
        }
        return answers;
    }

    /** Answers to every question asked (following conditions), except on the page {@code except}. */
    private Map<String, String> answerEverything(String token, String except) {
        Questionnaire questionnaire = catalog.current().questionnaire();
        Profile profile = assessments.find(token).profile();
        Map<String, String> answers = new LinkedHashMap<>();
        int before;
        do {
            before = answers.size();
            for (Question question : ReadinessScorer.askedQuestions(questionnaire, profile, answers)) {
                if (!question.dimension().equals(except)) {
                    answers.putIfAbsent(question.id(), question.options().get(question.options().size() - 1).id());
                }
            }
        } while (answers.size() != before);
        return answers;
    }

    private static MultiValueMap<String, String> form(Map<String, String> answers) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        answers.forEach((question, option) -> form.add("answers[" + question + "]", option));
        return form;
    }
}
