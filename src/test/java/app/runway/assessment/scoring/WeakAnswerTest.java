package app.runway.assessment.scoring;

import static app.runway.assessment.scoring.QuestionnaireMother.AT_SEED;
import static app.runway.assessment.scoring.QuestionnaireMother.question;
import static app.runway.assessment.scoring.QuestionnaireMother.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.runway.assessment.scoring.ReadinessResult.Contribution;
import app.runway.assessment.scoring.ReadinessResult.Flag;
import app.runway.assessment.scoring.ReadinessResult.Reason;
import app.runway.questionnaire.Questionnaire;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** Weak answers flag the risks and pitfalls their question names, with the answer as reason. */
class WeakAnswerTest {

    private final Questionnaire questionnaire = questionnaire().dimension("data")
            .question(question("sources", "data").weakRisks("poor-data").weakPitfalls("data-neglect")
                    .strategies("data-partnerships"))
            .question(question("half", "data").options("none:0", "half:1", "full:2").weakRisks("poor-data"))
            .risk("poor-data", "high", "quality-assurance").pitfall("data-neglect", "quality-assurance")
            .build();

    @Test
    void flagsTheRisksAndPitfallsOfAWeakAnswerBecauseOfThatAnswer() {
        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("sources", "some"));

        assertThat(result.flaggedRisks()).containsExactly(
                new Flag("poor-data", "high", List.of(Reason.answer("sources", "some"))));
        assertThat(result.flaggedPitfalls()).containsExactly(
                new Flag("data-neglect", null, List.of(Reason.answer("sources", "some"))));
    }

    @Test
    void anAnswerBelowHalfOfTheBestScoreIsWeakAndHalfIsNot() {
        var weak = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("half", "none"));
        var half = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("half", "half", "sources", "good"));

        assertThat(weak.flaggedRisks()).extracting(Flag::id).containsExactly("poor-data");
        assertThat(half.flaggedRisks()).isEmpty();
        assertThat(half.dimensions().get("data").contributions()).extracting(Contribution::weak)
                .containsExactly(false, false);
    }

    @Test
    void collectsEveryWeakAnswerBehindTheSameFlag() {
        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("sources", "none", "half", "none"));

        assertThat(result.flaggedRisks()).singleElement()
                .extracting(Flag::reasons, InstanceOfAssertFactories.list(Reason.class))
                .containsExactly(Reason.answer("sources", "none"), Reason.answer("half", "none"));
    }

    @Test
    void dontKnowFlagsNothing() {
        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("sources", Questionnaire.UNKNOWN));

        assertThat(result.flaggedRisks()).isEmpty();
        assertThat(result.flaggedPitfalls()).isEmpty();
        assertThat(result.strategies()).isEmpty();
    }

    @Test
    void ordersFlaggedRisksBySeverity() {
        Questionnaire severities = questionnaire().dimension("market")
                .question(question("q", "market").weakRisks("a-low", "b-medium", "c-critical", "d-high"))
                .risk("a-low", "low").risk("b-medium", "medium").risk("c-critical", "critical")
                .risk("d-high", "high").build();

        var result = ReadinessScorer.score(severities, AT_SEED, Map.of("q", "none"));

        assertThat(result.flaggedRisks()).extracting(Flag::id)
                .containsExactly("c-critical", "d-high", "b-medium", "a-low");
        assertThat(result.flaggedRisks()).extracting(Flag::severity)
                .containsExactly("critical", "high", "medium", "low");
    }
}
