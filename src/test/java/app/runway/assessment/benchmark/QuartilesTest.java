package app.runway.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;

/** The quartiles by linear interpolation (type 7), and when a benchmark shows them. */
class QuartilesTest {

    @Test
    void fiveValuesFallOnTheOrderStatistics() {
        assertThat(Quartiles.of(List.of(5, 1, 4, 2, 3))).isEqualTo(new Quartiles(5, 2, 3, 4));
    }

    @Test
    void interpolatesBetweenNeighboursAsRAndNumPyDo() {
        // R: quantile(c(10, 20, 30, 40), type = 7) -> 17.5, 25, 32.5
        assertThat(Quartiles.of(List.of(40, 10, 30, 20))).isEqualTo(new Quartiles(4, 17.5, 25, 32.5));
        // R: quantile(c(1, 3, 4, 8, 10, 12), type = 7) -> 3.25, 6, 9.5
        assertThat(Quartiles.of(List.of(12, 1, 10, 3, 8, 4))).isEqualTo(new Quartiles(6, 3.25, 6, 9.5));
    }

    @Test
    void tiesCountOncePerPeer() {
        assertThat(Quartiles.of(List.of(50, 50, 50, 50, 50))).isEqualTo(new Quartiles(5, 50, 50, 50));
        assertThat(Quartiles.of(List.of(90, 20, 10, 20, 20))).isEqualTo(new Quartiles(5, 20, 20, 20));
        assertThat(Quartiles.of(List.of(0, 0, 100, 100, 100, 100))).isEqualTo(new Quartiles(6, 25, 100, 100));
    }

    @Test
    void oneValueIsEveryQuartileAndNoneIsRefused() {
        assertThat(Quartiles.of(List.of(42))).isEqualTo(new Quartiles(1, 42, 42, 42));
        assertThatThrownBy(() -> Quartiles.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fivePeersExactlyAreShown() {
        Benchmark benchmark = Benchmark.of(Stage.SEED, List.of(peer(10, 60), peer(20, 70), peer(30, 80),
                peer(40, 90), peer(50, 100)));

        assertThat(benchmark.shown()).isTrue();
        assertThat(benchmark.peers()).isEqualTo(5);
        assertThat(benchmark.of("market")).contains(new Quartiles(5, 20, 30, 40));
        assertThat(benchmark.of("_index")).contains(new Quartiles(5, 70, 80, 90));
    }

    @Test
    void fourPeersShowNothing() {
        Benchmark benchmark = Benchmark.of(Stage.SEED, List.of(peer(10, 60), peer(20, 70), peer(30, 80),
                peer(40, 90)));

        assertThat(benchmark.shown()).isFalse();
        assertThat(benchmark.peers()).isEqualTo(4);
        assertThat(benchmark.dimensions()).isEmpty();
        assertThat(benchmark.of("market")).isEmpty();
    }

    @Test
    void aDimensionFewerThanFivePeersScoredIsLeftOut() {
        // Six peers, only four with evidence on the team: the team is not shown, the market is.
        Benchmark benchmark = Benchmark.of(Stage.IDEA, List.of(
                Map.of("market", 10, "team", 50), Map.of("market", 20, "team", 60), Map.of("market", 30, "team", 70),
                Map.of("market", 40, "team", 80), Map.of("market", 50), Map.of("market", 60)));

        assertThat(benchmark.shown()).isTrue();
        assertThat(benchmark.of("market")).contains(new Quartiles(6, 22.5, 35, 47.5));
        assertThat(benchmark.of("team")).isEmpty();
    }

    @Test
    void theOrderOfThePeersChangesNothing() {
        List<Map<String, Integer>> peers = List.of(peer(3, 1), peer(9, 2), peer(1, 3), peer(7, 4), peer(5, 5),
                peer(2, 6));
        List<Map<String, Integer>> reversed = new ArrayList<>(peers);
        Collections.reverse(reversed);

        assertThat(Benchmark.of(Stage.GROWTH, peers)).isEqualTo(Benchmark.of(Stage.GROWTH, reversed));
    }

    private static Map<String, Integer> peer(int market, int index) {
        return Map.of("market", market, "_index", index);
    }
}
