package app.runway.assessment.scoring;

import static app.runway.assessment.scoring.QuestionnaireMother.AT_SEED;
import static app.runway.assessment.scoring.QuestionnaireMother.percent;
import static app.runway.assessment.scoring.QuestionnaireMother.profile;
import static app.runway.assessment.scoring.QuestionnaireMother.question;
import static app.runway.assessment.scoring.QuestionnaireMother.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.runway.assessment.scoring.ReadinessResult.Flag;
import app.runway.assessment.scoring.ReadinessResult.Reason;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Flag rules over dimension scores and answers, explained with the actual values. */
class FlagRuleTest {

    private final Questionnaire questionnaire = questionnaire().dimension("technology").dimension("market")
            .dimension("team")
            .question(percent("tech", "technology")).question(percent("buyers", "market"))
            .question(question("growth", "team").options("aggressive:0", "fast:1", "steady:3"))
            .question(percent("roles", "team"))
            .rule("technology-without-market", List.of("technology-dependence"), "technology >= 60",
                    "market < 45")
            .rule("growth-outruns-team", List.of("rapid-expansion"), "growth = fast | aggressive", "team < 55")
            .pitfall("technology-dependence", "market-research").pitfall("rapid-expansion", "steady-expansion")
            .build();

    @Test
    void firesWhenAllConditionsHoldAndExplainsEachWithItsActualScore() {
        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("tech", "s72", "buyers", "s20"));

        assertThat(result.flaggedPitfalls()).containsExactly(new Flag("technology-dependence", null,
                List.of(Reason.rule("technology-without-market",
                        List.of("technology >= 60 (72)", "market < 45 (20)")))));
    }

    @Test
    void doesNotFireWhenOneConditionFails() {
        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("tech", "s72", "buyers", "s50"));

        assertThat(result.flaggedPitfalls()).isEmpty();
    }

    @ParameterizedTest(name = "technology {0}, market {1}: fires {2}")
    @CsvSource({"60, 44, true", "59, 44, false", "60, 45, false", "100, 0, true"})
    void comparesScoresAtTheBoundaryExactlyAsWritten(int technology, int market, boolean fires) {
        var result = ReadinessScorer.score(questionnaire, AT_SEED,
                Map.of("tech", "s" + technology, "buyers", "s" + market));

        assertThat(result.flaggedPitfalls().isEmpty()).isEqualTo(!fires);
    }

    @Test
    void aDimensionWithoutEvidenceNeverSatisfiesACondition() {
        var unknown = ReadinessScorer.score(questionnaire, AT_SEED,
                Map.of("tech", "s90", "buyers", Questionnaire.UNKNOWN));

        assertThat(unknown.dimensions().get("market").score()).isNull();
        assertThat(unknown.flaggedPitfalls()).isEmpty();
    }

    @Test
    void firesOnAnAnswerConditionAndNamesTheAnswerGiven() {
        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("growth", "fast", "roles", "s40"));

        // team: (1 + 40) / (3 + 100) = 39.8%
        Flag flag = result.flaggedPitfalls().get(0);
        assertThat(flag.id()).isEqualTo("rapid-expansion");
        assertThat(flag.reasons()).contains(Reason.rule("growth-outruns-team",
                List.of("growth = fast | aggressive (fast)", "team < 55 (40)")));
    }

    @Test
    void doesNotFireOnAnAnswerConditionWhenAnotherAnswerWasGiven() {
        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("growth", "steady", "roles", "s0"));

        assertThat(result.flaggedPitfalls()).isEmpty();
    }

    @Test
    void doesNotFireOnAnAnswerToAQuestionThatWasNotAsked() {
        Questionnaire onlyAtGrowth = questionnaire().dimension("team")
                .question(question("growth", "team").options("aggressive:0", "steady:3").stages(Stage.GROWTH))
                .rule("growth-plan", List.of("rapid-expansion"), "growth = aggressive")
                .pitfall("rapid-expansion", "steady-expansion").build();

        var seed = ReadinessScorer.score(onlyAtGrowth, AT_SEED, Map.of("growth", "aggressive"));

        assertThat(seed.flaggedPitfalls()).isEmpty();
        assertThat(ReadinessScorer.score(onlyAtGrowth, profile(Stage.GROWTH), Map.of("growth", "aggressive"))
                .flaggedPitfalls()).extracting(Flag::id).containsExactly("rapid-expansion");
    }

    @Test
    void keepsTheWeakAnswersAndTheRuleAsReasonsOfOneFlag() {
        Questionnaire both = questionnaire().dimension("data")
                .question(question("sources", "data").weakPitfalls("data-quality-neglect"))
                .rule("data-not-ready", List.of("data-quality-neglect"), "data < 45")
                .pitfall("data-quality-neglect", "data-quality-assurance").build();

        var result = ReadinessScorer.score(both, AT_SEED, Map.of("sources", "some"));

        assertThat(result.flaggedPitfalls()).containsExactly(new Flag("data-quality-neglect", null, List.of(
                Reason.answer("sources", "some"), Reason.rule("data-not-ready", List.of("data < 45 (33)")))));
    }

    @Test
    void oneRuleMayFlagSeveralRisks() {
        Questionnaire severalFlags = questionnaire().dimension("compute").dimension("funding")
                .question(question("budget", "compute")).question(question("runway", "funding"))
                .rule("compute-unfunded", List.of("compute-cost", "funding-gap"), "compute < 40", "funding < 50")
                .risk("compute-cost", "high").risk("funding-gap", "critical").build();

        var result = ReadinessScorer.score(severalFlags, AT_SEED, Map.of("budget", "some", "runway", "some"));

        assertThat(result.flaggedRisks()).extracting(Flag::id).containsExactly("funding-gap", "compute-cost");
        assertThat(result.flaggedRisks()).allSatisfy(f -> assertThat(f.reasons()).singleElement()
                .extracting(Reason::ruleId).isEqualTo("compute-unfunded"));
    }
}
