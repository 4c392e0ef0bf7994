package app.runway.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.runway.assessment.ReviewState;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;

class CohortBenchmarksTest {

    private static final List<String> DIMENSIONS = List.of("team", "market");

    @Test
    void fiveFoundersAtAStageGiveQuartilesOfTheIndexAndEachDimension() {
        List<CohortMember> members = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            members.add(member((long) i, Stage.SEED, i * 10, Map.of("team", i * 10, "market", 50)));
        }

        List<CohortBenchmarks.StageBenchmark> stages = CohortBenchmarks.of(members, DIMENSIONS, id -> "title " + id);

        assertThat(stages).hasSize(1);
        CohortBenchmarks.StageBenchmark seed = stages.get(0);
        assertThat(seed.shown()).isTrue();
        assertThat(seed.startups()).isEqualTo(5);
        assertThat(seed.rows()).extracting(CohortBenchmarks.Row::title)
                .containsExactly("title _index", "title team", "title market");
        assertThat(seed.rows().get(0).quartiles().q1()).isEqualTo(20.0);
        assertThat(seed.rows().get(0).quartiles().median()).isEqualTo(30.0);
        assertThat(seed.rows().get(0).quartiles().q3()).isEqualTo(40.0);
        assertThat(seed.rows().get(2).quartiles().median()).isEqualTo(50.0);
    }

    @Test
    void aFounderCountsOnceWithTheNewestSubmissionAndFourAreTooFew() {
        List<CohortMember> members = new ArrayList<>();
        // Newest first: founder 1's newest scores 90, the older 10 is not counted.
        members.add(member(1L, Stage.SEED, 90, Map.of("team", 90)));
        members.add(member(1L, Stage.SEED, 10, Map.of("team", 10)));
        for (long i = 2; i <= 4; i++) {
            members.add(member(i, Stage.SEED, 50, Map.of("team", 50)));
        }
        members.add(member(9L, Stage.GROWTH, 70, Map.of()));

        List<CohortBenchmarks.StageBenchmark> stages = CohortBenchmarks.of(members, DIMENSIONS, id -> id);

        assertThat(stages).extracting(CohortBenchmarks.StageBenchmark::stage).containsExactly(Stage.SEED, Stage.GROWTH);
        assertThat(stages.get(0).startups()).isEqualTo(4);
        assertThat(stages.get(0).shown()).isFalse();
        assertThat(stages.get(0).rows()).isEmpty();
        assertThat(stages.get(1).startups()).isEqualTo(1);
    }

    @Test
    void aDimensionFewerThanFiveScoredIsLeftWithoutQuartiles() {
        List<CohortMember> members = new ArrayList<>();
        for (long i = 1; i <= 5; i++) {
            members.add(member(i, Stage.IDEA, 60, i <= 4 ? Map.of("team", 60, "market", 40) : Map.of("team", 60)));
        }

        CohortBenchmarks.StageBenchmark idea = CohortBenchmarks.of(members, DIMENSIONS, id -> id).get(0);

        assertThat(idea.rows().get(1).quartiles().count()).isEqualTo(5);
        assertThat(idea.rows().get(2).quartiles()).isNull();
    }

    private static CohortMember member(Long owner, Stage stage, Integer index, Map<String, Integer> scores) {
        return new CohortMember("S" + owner, "finance", stage, ReviewState.SUBMITTED, Instant.EPOCH, index, null,
                scores, List.of(), List.of(), owner);
    }
}
