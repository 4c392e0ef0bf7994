package app.runway.assessment.scoring;

import static app.runway.assessment.scoring.QuestionnaireMother.AT_SEED;
import static app.runway.assessment.scoring.QuestionnaireMother.profile;
import static app.runway.assessment.scoring.QuestionnaireMother.question;
import static app.runway.assessment.scoring.QuestionnaireMother.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which questions are asked (stage, industry, earlier answers), and that other answers are ignored. */
class QuestionConditionTest {

    @Test
    void asksAStageLimitedQuestionOnlyAtItsStages() {
        Questionnaire questionnaire = questionnaire().dimension("market").question(question("q", "market"))
                .question(question("paying", "market").stages(Stage.SEED, Stage.GROWTH)).build();
        Map<String, String> answers = Map.of("q", "best", "paying", "none");

        var idea = ReadinessScorer.score(questionnaire, profile(Stage.IDEA), answers);
        var seed = ReadinessScorer.score(questionnaire, profile(Stage.SEED), answers);

        assertThat(ReadinessScorer.askedQuestions(questionnaire, profile(Stage.IDEA), answers))
                .extracting(Questionnaire.Question::id).containsExactly("q");
        assertThat(idea.dimensions().get("market").score()).isEqualTo(100);
        assertThat(idea.dimensions().get("market").asked()).isEqualTo(1);
        assertThat(idea.ignored()).containsExactly("paying");
        assertThat(seed.dimensions().get("market").score()).isEqualTo(50);
        assertThat(seed.ignored()).isEmpty();
    }

    @Test
    void asksAnIndustryLimitedQuestionOnlyInItsIndustries() {
        Questionnaire questionnaire = questionnaire().dimension("legal-ethics")
                .question(question("privacy", "legal-ethics"))
                .question(question("medical", "legal-ethics").industries("healthcare")).build();
        Map<String, String> answers = Map.of("privacy", "best", "medical", "none");

        var retail = ReadinessScorer.score(questionnaire, profile(Stage.SEED, "retail"), answers);
        var healthcare = ReadinessScorer.score(questionnaire, profile(Stage.SEED, "healthcare"), answers);

        assertThat(retail.dimensions().get("legal-ethics").score()).isEqualTo(100);
        assertThat(retail.ignored()).containsExactly("medical");
        assertThat(healthcare.dimensions().get("legal-ethics").score()).isEqualTo(50);
    }

    @ParameterizedTest(name = "after {0}: asked {1}")
    @CsvSource({"best, true", "good, true", "some, false", "none, false", "unknown, false", ", false"})
    void asksAFollowUpOnlyAfterOneOfItsTriggeringAnswers(String trigger, boolean asked) {
        Questionnaire questionnaire = questionnaire().dimension("business-model")
                .question(question("path", "business-model"))
                .question(question("concentration", "business-model").ifAnswer("path = good | best")).build();
        Map<String, String> answers = new HashMap<>(Map.of("concentration", "none"));
        if (trigger != null) {
            answers.put("path", trigger);
        }

        var result = ReadinessScorer.score(questionnaire, AT_SEED, answers);

        assertThat(ReadinessScorer.askedQuestions(questionnaire, AT_SEED, answers))
                .extracting(Questionnaire.Question::id).hasSize(asked ? 2 : 1);
        assertThat(result.ignored()).isEqualTo(asked ? List.of() : List.of("concentration"));
    }

    @Test
    void doesNotAskAFollowUpWhoseTriggerWasNotAsked() {
        Questionnaire questionnaire = questionnaire().dimension("funding")
                .question(question("runway", "funding").stages(Stage.SEED))
                .question(question("bridge", "funding").ifAnswer("runway = none")).build();

        var result = ReadinessScorer.score(questionnaire, profile(Stage.IDEA), Map.of("runway", "none",
                "bridge", "best"));

        assertThat(result.dimensions().get("funding").asked()).isZero();
        assertThat(result.ignored()).containsExactly("bridge", "runway");
    }

    @Test
    void ignoresAnswersToQuestionsNotAskedInScoresFlagsAndStrategies() {
        Questionnaire questionnaire = questionnaire().dimension("market").question(question("q", "market"))
                .question(question("later", "market").stages(Stage.GROWTH).weakRisks("r").weakPitfalls("p")
                        .strategies("s"))
                .risk("r", "high", "s").pitfall("p", "s").build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("q", "best", "later", "none",
                "no-such-question", "best"));

        assertThat(result.dimensions().get("market").score()).isEqualTo(100);
        assertThat(result.flaggedRisks()).isEmpty();
        assertThat(result.flaggedPitfalls()).isEmpty();
        assertThat(result.strategies()).isEmpty();
        assertThat(result.ignored()).containsExactly("later", "no-such-question");
    }
}
