package app.runway.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.runway.assessment.ReviewState;
import app.runway.cohort.CohortStats.Average;
import app.runway.cohort.CohortStats.Count;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;

/** The dashboard's numbers, from members alone. */
class CohortStatsTest {

    private static final List<String> DIMENSIONS = List.of("market", "technology");

    @Test
    void countsEveryStageAndEverySharedStateEvenWhenNone() {
        CohortStats stats = CohortStats.of(List.of(member(Stage.SEED, ReviewState.SUBMITTED, 50),
                member(Stage.SEED, ReviewState.REVIEWED, 60), member(Stage.IDEA, ReviewState.REVIEWED, 70)),
                DIMENSIONS);
        assertThat(stats.total()).isEqualTo(3);
        assertThat(stats.byStage()).containsExactly(new Count("idea", 1), new Count("prototype", 0),
                new Count("pre-seed", 0), new Count("seed", 2), new Count("growth", 0));
        assertThat(stats.byState()).containsExactly(new Count("SUBMITTED", 1), new Count("IN_REVIEW", 0),
                new Count("REVIEWED", 2));
    }

    @Test
    void averagesADimensionOverTheAssessmentsWithEvidenceOnIt() {
        CohortStats stats = CohortStats.of(List.of(
                scored(Map.of("market", 40, "technology", 81)),
                scored(Map.of("market", 61)),
                scored(Map.of())), DIMENSIONS);
        assertThat(stats.dimensions()).containsExactly(new Average("market", 51, 2), new Average("technology", 81, 1));
    }

    @Test
    void aDimensionNobodyHasEvidenceOnHasNoAverage() {
        CohortStats stats = CohortStats.of(List.of(scored(Map.of())), DIMENSIONS);
        assertThat(stats.dimensions()).containsExactly(new Average("market", null, 0),
                new Average("technology", null, 0));
    }

    @Test
    void putsTheIndexInTenBucketsWithOneHundredInTheLast() {
        List<CohortMember> members = new ArrayList<>();
        for (int index : new int[] {0, 9, 10, 55, 90, 99, 100}) {
            members.add(member(Stage.SEED, ReviewState.SUBMITTED, index));
        }
        members.add(member(Stage.SEED, ReviewState.SUBMITTED, null));
        CohortStats stats = CohortStats.of(members, DIMENSIONS);
        assertThat(stats.index()).hasSize(10);
        assertThat(stats.index().get(0)).isEqualTo(new Count("0", 2));
        assertThat(stats.index().get(1)).isEqualTo(new Count("10", 1));
        assertThat(stats.index().get(5)).isEqualTo(new Count("50", 1));
        assertThat(stats.index().get(9)).isEqualTo(new Count("90", 3));
        assertThat(stats.withoutIndex()).isEqualTo(1);
        assertThat(CohortPage.bucketLabel(0)).isEqualTo("0–9");
        assertThat(CohortPage.bucketLabel(90)).isEqualTo("90–100");
    }

    @Test
    void listsTheMostOftenFlaggedFirstEachAssessmentCountingOnce() {
        CohortStats stats = CohortStats.of(List.of(
                flagged(List.of("data-privacy", "compute-cost", "compute-cost"), List.of("single-product")),
                flagged(List.of("compute-cost"), List.of()),
                flagged(List.of("talent-gap"), List.of())), DIMENSIONS);
        assertThat(stats.risks()).containsExactly(new Count("compute-cost", 2), new Count("data-privacy", 1),
                new Count("talent-gap", 1));
        assertThat(stats.pitfalls()).containsExactly(new Count("single-product", 1));
    }

    @Test
    void keepsOnlyTheTopTenFlags() {
        List<CohortMember> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(flagged(List.of("risk-" + (char) ('a' + i)), List.of()));
        }
        assertThat(CohortStats.of(members, DIMENSIONS).risks()).hasSize(CohortStats.TOP);
    }

    @Test
    void anEmptyCohortHasZerosEverywhere() {
        CohortStats stats = CohortStats.of(List.of(), DIMENSIONS);
        assertThat(stats.total()).isZero();
        assertThat(stats.byStage()).allMatch(c -> c.count() == 0);
        assertThat(stats.index()).allMatch(c -> c.count() == 0);
        assertThat(stats.risks()).isEmpty();
    }

    private static CohortMember member(Stage stage, ReviewState state, Integer index) {
        return new CohortMember("S", "finance", stage, state, Instant.EPOCH, index, null, Map.of(), List.of(),
                List.of(), null);
    }

    private static CohortMember scored(Map<String, Integer> scores) {
        return new CohortMember("S", "finance", Stage.SEED, ReviewState.SUBMITTED, Instant.EPOCH, 50, null, scores,
                List.of(), List.of(), null);
    }

    private static CohortMember flagged(List<String> risks, List<String> pitfalls) {
        return new CohortMember("S", "finance", Stage.SEED, ReviewState.SUBMITTED, Instant.EPOCH, 50, null, Map.of(),
                risks, pitfalls, null);
    }
}
