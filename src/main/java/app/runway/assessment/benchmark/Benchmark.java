package app.runway.assessment.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import app.runway.questionnaire.Stage;

/**
 * Where peers at one stage stand: how many there are and, per dimension (and the index, under
 * {@code Assessment.INDEX_SCORE}), the quartiles of their scores. Nothing is shown below {@link #MIN_PEERS}:
 * with fewer, a reader who knows some of the peers could work out another's scores. A dimension in which fewer
 * than that many peers have a score is left out even when there are enough peers.
 *
 * @param peers      how many startups are counted
 * @param dimensions per dimension id with enough scores, the quartiles, in dimension id order
 */
public record Benchmark(Stage stage, int peers, Map<String, Quartiles> dimensions) {

    /** The fewest peers, and the fewest scores in a dimension, that are shown. */
    public static final int MIN_PEERS = 5;

    public Benchmark {
        dimensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    }

    /**
     * The benchmark of these peers, each given as its scores per dimension (a dimension without evidence is
     * absent). A pure function: the same scores in any order give an equal benchmark.
     */
    public static Benchmark of(Stage stage, Collection<Map<String, Integer>> peers) {
        Map<String, List<Integer>> byDimension = new TreeMap<>();
        for (Map<String, Integer> scores : peers) {
            scores.forEach((dimension, score) -> {
                if (score != null) {
                    byDimension.computeIfAbsent(dimension, d -> new ArrayList<>()).add(score);
                }
            });
        }
        Map<String, Quartiles> shown = new LinkedHashMap<>();
        if (peers.size() >= MIN_PEERS) {
            byDimension.forEach((dimension, scores) -> {
                if (scores.size() >= MIN_PEERS) {
                    shown.put(dimension, Quartiles.of(scores));
                }
            });
        }
        return new Benchmark(stage, peers.size(), shown);
    }

    /** Whether there are enough peers to show anything. */
    public boolean shown() {
        return peers >= MIN_PEERS;
    }

    /** The peers' quartiles in a dimension (or the index), if enough of them have a score there. */
    public Optional<Quartiles> of(String dimension) {
        return Optional.ofNullable(dimensions.get(dimension));
    }
}
