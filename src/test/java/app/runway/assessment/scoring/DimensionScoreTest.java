package app.runway.assessment.scoring;

import static app.runway.assessment.scoring.QuestionnaireMother.AT_SEED;
import static app.runway.assessment.scoring.QuestionnaireMother.question;
import static app.runway.assessment.scoring.QuestionnaireMother.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.runway.assessment.scoring.ReadinessResult.Contribution;
import app.runway.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

/** How a dimension score is computed from the answers of its questions. */
class DimensionScoreTest {

    private final Questionnaire twoQuestions = questionnaire().dimension("market").dimension("team")
            .question(question("q1", "market")).question(question("q2", "market"))
            .question(question("t1", "team")).build();

    @Test
    void scoresADimensionAsTheRoundedPercentageOfTheBestPossibleAnswers() {
        var result = ReadinessScorer.score(twoQuestions, AT_SEED, Map.of("q1", "best", "q2", "some"));

        // (3 + 1) / (3 + 3) = 66.7%
        assertThat(result.dimensions().get("market").score()).isEqualTo(67);
    }

    @Test
    void explainsADimensionScoreByTheAnswersThatProducedIt() {
        var market = ReadinessScorer.score(twoQuestions, AT_SEED, Map.of("q1", "best", "q2", "some"))
                .dimensions().get("market");

        assertThat(market.contributions()).containsExactly(new Contribution("q1", "best", 3, 3, false),
                new Contribution("q2", "some", 1, 3, true));
        assertThat(market.asked()).isEqualTo(2);
        assertThat(market.answered()).isEqualTo(2);
        assertThat(market.unknown()).isZero();
    }

    @Test
    void measuresEachAnswerAgainstTheBestOptionOfItsOwnQuestion() {
        Questionnaire questionnaire = questionnaire().dimension("market")
                .question(question("yes-no", "market").options("no:0", "yes:2"))
                .question(question("q2", "market")).build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("yes-no", "yes", "q2", "none"));

        // (2 + 0) / (2 + 3) = 40%
        assertThat(result.dimensions().get("market").score()).isEqualTo(40);
    }

    @Test
    void scoresOnlyTheAnsweredQuestionsAndListsTheOthersAsUnanswered() {
        var result = ReadinessScorer.score(twoQuestions, AT_SEED, Map.of("q1", "best"));

        assertThat(result.dimensions().get("market").score()).isEqualTo(100);
        assertThat(result.unanswered()).containsExactly("q2", "t1");
    }

    @Test
    void treatsDontKnowAsMissingEvidenceNotAsAZero() {
        var result = ReadinessScorer.score(twoQuestions, AT_SEED, Map.of("q1", "best", "q2", Questionnaire.UNKNOWN));

        var market = result.dimensions().get("market");
        assertThat(market.score()).isEqualTo(100);
        assertThat(market.unknown()).isEqualTo(1);
        assertThat(market.answered()).isEqualTo(1);
        assertThat(result.evidenceToDo()).containsExactly("q2");
        assertThat(result.unanswered()).containsExactly("t1");
    }

    @Test
    void givesNoScoreToADimensionWithOnlyDontKnowOrNoAnswers() {
        var result = ReadinessScorer.score(twoQuestions, AT_SEED, Map.of("q1", Questionnaire.UNKNOWN, "t1", "good"));

        assertThat(result.dimensions().get("market").score()).isNull();
        assertThat(result.dimensions().get("team").score()).isEqualTo(67);
        assertThat(ReadinessScorer.score(twoQuestions, AT_SEED, Map.of("t1", "good")).dimensions().get("market")
                .score()).isNull();
    }

    @Test
    void givesNoIndexAndNoBandWhenNothingIsAnswered() {
        var result = ReadinessScorer.score(twoQuestions, AT_SEED,
                Map.of("q1", Questionnaire.UNKNOWN, "q2", Questionnaire.UNKNOWN));

        assertThat(result.index()).isNull();
        assertThat(result.band()).isNull();
        assertThat(result.evidenceToDo()).containsExactly("q1", "q2");
    }

    @Test
    void treatsAnOptionTheQuestionDoesNotOfferAsUnanswered() {
        var result = ReadinessScorer.score(twoQuestions, AT_SEED, Map.of("q1", "perhaps"));

        assertThat(result.dimensions().get("market").score()).isNull();
        assertThat(result.unanswered()).contains("q1");
        assertThat(result.evidenceToDo()).isEmpty();
    }

    @Test
    void listsEveryDimensionInQuestionnaireOrder() {
        var result = ReadinessScorer.score(twoQuestions, AT_SEED, Map.of());

        assertThat(result.dimensions()).containsOnlyKeys("market", "team");
        assertThat(result.dimensions().keySet()).containsExactly("market", "team");
    }
}
