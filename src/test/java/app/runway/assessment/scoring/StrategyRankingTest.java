package app.runway.assessment.scoring;

import static app.runway.assessment.scoring.QuestionnaireMother.AT_SEED;
import static app.runway.assessment.scoring.QuestionnaireMother.question;
import static app.runway.assessment.scoring.QuestionnaireMother.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import app.runway.assessment.scoring.ReadinessResult.Recommendation;
import app.runway.questionnaire.Questionnaire;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** Strategies recommended from what was flagged, ranked by how many gaps they address and their weight. */
class StrategyRankingTest {

    @Test
    void recommendsWhatMitigatesFlaggedRisksAvoidsFlaggedPitfallsAndHelpsWeakQuestions() {
        Questionnaire questionnaire = questionnaire().dimension("market")
                .question(question("q", "market").weakRisks("demand").weakPitfalls("tech-only")
                        .strategies("interviews"))
                .risk("demand", "high", "pilots").pitfall("tech-only", "positioning").build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("q", "none"));

        assertThat(result.strategies()).extracting(Recommendation::id)
                .containsExactlyInAnyOrder("pilots", "positioning", "interviews");
        assertThat(result.strategies()).filteredOn(r -> r.id().equals("interviews")).singleElement()
                .extracting(Recommendation::addresses, InstanceOfAssertFactories.list(String.class))
                .containsExactly("question:q");
    }

    @Test
    void weighsEachGapBySeverityTimesTheHeaviestDimensionItConcerns() {
        Questionnaire questionnaire = questionnaire().dimension("market", 1.5).dimension("funding", 2.0)
                .question(question("q", "market").weakRisks("demand").weakPitfalls("tech-only")
                        .strategies("research"))
                .question(question("runway", "funding").weakRisks("funding-gap"))
                .risk("demand", "critical", "research").pitfall("tech-only", "positioning")
                .risk("funding-gap", "low", "staged-funding").build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("q", "none", "runway", "none"));

        // research: critical risk 4 x 1.5 plus the weak question itself 1 x 1.5
        assertThat(result.strategies()).containsExactly(
                new Recommendation("research", 7.5, List.of("demand", "question:q")),
                new Recommendation("positioning", 4.5, List.of("tech-only")),
                new Recommendation("staged-funding", 2.0, List.of("funding-gap")));
    }

    @Test
    void weighsARuleFlagByTheDimensionsOfItsConditions() {
        Questionnaire questionnaire = questionnaire().dimension("data", 2.0).question(question("q", "data"))
                .rule("data-not-ready", List.of("data-quality-neglect"), "data < 45")
                .pitfall("data-quality-neglect", "data-quality-assurance").build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("q", "some"));

        assertThat(result.strategies()).containsExactly(
                new Recommendation("data-quality-assurance", 6.0, List.of("data-quality-neglect")));
    }

    @Test
    void ranksAStrategyThatAddressesMoreGapsFirst() {
        Questionnaire questionnaire = questionnaire().dimension("market")
                .question(question("q", "market").weakRisks("competition", "demand"))
                .risk("competition", "medium", "a-one", "z-both").risk("demand", "medium", "z-both").build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("q", "none"));

        assertThat(result.strategies()).extracting(Recommendation::id).containsExactly("z-both", "a-one");
    }

    @Test
    void ranksAStrategyForAMoreSevereGapFirst() {
        Questionnaire questionnaire = questionnaire().dimension("market")
                .question(question("q", "market").weakRisks("minor", "major"))
                .risk("minor", "low", "a-light").risk("major", "critical", "z-heavy").build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("q", "none"));

        assertThat(result.strategies()).extracting(Recommendation::id).containsExactly("z-heavy", "a-light");
    }

    @Test
    void ranksAStrategyForAGapInAHeavierDimensionFirst() {
        Questionnaire questionnaire = questionnaire().dimension("ecosystem", 0.5).dimension("funding", 2.0)
                .question(question("partners", "ecosystem").weakRisks("isolation"))
                .question(question("runway", "funding").weakRisks("funding-gap"))
                .risk("isolation", "high", "a-network").risk("funding-gap", "high", "z-funding").build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("partners", "none", "runway", "none"));

        assertThat(result.strategies()).extracting(Recommendation::id).containsExactly("z-funding", "a-network");
    }

    @Test
    void breaksTiesByStrategyId() {
        Questionnaire questionnaire = questionnaire().dimension("market")
                .question(question("q", "market").weakRisks("demand"))
                .risk("demand", "high", "c-pilots", "a-interviews", "b-research").build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("q", "none"));

        assertThat(result.strategies()).extracting(Recommendation::id)
                .containsExactly("a-interviews", "b-research", "c-pilots");
    }

    @Test
    void recommendsAtMostTwelveStrategies() {
        String[] many = IntStream.range(10, 30).mapToObj(i -> "s" + i).toArray(String[]::new);
        Questionnaire questionnaire = questionnaire().dimension("market")
                .question(question("q", "market").weakRisks("demand")).risk("demand", "high", many).build();

        var result = ReadinessScorer.score(questionnaire, AT_SEED, Map.of("q", "none"));

        assertThat(result.strategies()).hasSize(ReadinessScorer.MAX_STRATEGIES).extracting(Recommendation::id)
                .startsWith("s10", "s11").endsWith("s21");
    }
}
