package app.runway.assessment.scoring;

import static app.runway.assessment.scoring.QuestionnaireMother.AT_SEED;
import static app.runway.assessment.scoring.QuestionnaireMother.percent;
import static app.runway.assessment.scoring.QuestionnaireMother.profile;
import static app.runway.assessment.scoring.QuestionnaireMother.question;
import static app.runway.assessment.scoring.QuestionnaireMother.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readiness index: a stage-weighted mean of the dimension scores, and its band. */
class ReadinessIndexTest {

    @Test
    void indexIsTheStageWeightedMeanOfTheDimensionScores() {
        Questionnaire questionnaire = questionnaire().dimension("market", Map.of(Stage.SEED, 2.0))
                .dimension("team", Map.of(Stage.SEED, 1.0))
                .question(question("m", "market")).question(question("t", "team")).build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("m", "best", "t", "some"));

        // market 100 x 2.0, team 33 (1 of 3) x 1.0: (200 + 33) / 3 = 77.7
        assertThat(result.dimensions().get("team").score()).isEqualTo(33);
        assertThat(result.dimensions().get("market").weight()).isEqualTo(2.0);
        assertThat(result.index()).isEqualTo(78);
    }

    @Test
    void leavesDimensionsWithoutEvidenceOutOfTheIndex() {
        Questionnaire questionnaire = questionnaire().dimension("market").dimension("team")
                .question(question("m", "market")).question(question("t", "team")).build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("m", "best", "t", Questionnaire.UNKNOWN));

        assertThat(result.index()).isEqualTo(100);
    }

    @Test
    void theSameAnswersGiveADifferentIndexAtAStageThatWeighsTheDimensionsDifferently() {
        Questionnaire questionnaire = questionnaire()
                .dimension("market", Map.of(Stage.IDEA, 1.0, Stage.SEED, 3.0))
                .dimension("compute", Map.of(Stage.IDEA, 1.0, Stage.SEED, 1.0))
                .question(question("m", "market")).question(question("c", "compute")).build();
        Map<String, String> answers = Map.of("m", "best", "c", "none");

        var idea = ReadinessScorer.score(questionnaire, profile(Stage.IDEA), answers);
        var seed = ReadinessScorer.score(questionnaire, profile(Stage.SEED), answers);

        assertThat(idea.dimensions()).isNotEqualTo(seed.dimensions());
        assertThat(idea.dimensions().get("market").score()).isEqualTo(seed.dimensions().get("market").score());
        assertThat(idea.index()).isEqualTo(50);
        assertThat(seed.index()).isEqualTo(75);
        assertThat(idea.band()).isEqualTo("developing");
        assertThat(seed.band()).isEqualTo("ready");
    }

    @Test
    void aDimensionWithoutAWeightForTheStageWeighsOne() {
        Questionnaire questionnaire = questionnaire().dimension("market", Map.of(Stage.SEED, 3.0))
                .question(question("m", "market")).build();

        var result = ReadinessScorer.score(questionnaire, profile(Stage.IDEA), Map.of("m", "best"));

        assertThat(result.dimensions().get("market").weight()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "index {0} is {1}")
    @CsvSource({"0, early", "39, early", "40, developing", "59, developing", "60, ready", "79, ready",
            "80, strong", "100, strong"})
    void placesTheIndexInTheBandWithTheHighestStartNotAboveIt(int index, String band) {
        Questionnaire questionnaire = questionnaire().dimension("market").question(percent("m", "market")).build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("m", "s" + index));

        assertThat(result.index()).isEqualTo(index);
        assertThat(result.band()).isEqualTo(band);
    }

    @Test
    void findsTheBandWhateverOrderTheBandsAreDeclaredIn() {
        Questionnaire questionnaire = questionnaire().bands("high", 50, "low", 0).dimension("market")
                .question(percent("m", "market")).build();

        assertThat(ReadinessScorer.score(questionnaire, AT_SEED, Map.of("m", "s49")).band()).isEqualTo("low");
        assertThat(ReadinessScorer.score(questionnaire, AT_SEED, Map.of("m", "s50")).band()).isEqualTo("high");
    }
}
