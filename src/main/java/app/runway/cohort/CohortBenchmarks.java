package app.runway.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import app.runway.assessment.Assessment;
import app.runway.assessment.benchmark.Benchmark;
import app.runway.assessment.benchmark.Quartiles;
import app.runway.questionnaire.Stage;

/**
 * The cohort's quartiles per stage and dimension, as the report's "How you compare" shows them for a
 * founder: the same routine ({@link Benchmark}), the same floor of {@value Benchmark#MIN_PEERS} startups,
 * one voice per founder (their newest submission). Computed from the members the dashboard already read,
 * so it costs no query. The mentors see every one of these assessments in full, so no sharing consent is
 * asked here: the quartiles only summarise what they may already open.
 */
final class CohortBenchmarks {

    private CohortBenchmarks() {
    }

    /** One stage's quartiles; {@code rows} empty when too few startups are at that stage. */
    record StageBenchmark(Stage stage, int startups, boolean shown, List<Row> rows) {
    }

    /**
     * @param title     the dimension's title, or the index's
     * @param quartiles null when fewer than the floor have a score there
     */
    record Row(String title, Quartiles quartiles) {
    }

    /**
     * @param members      newest submission first, as the dashboard reads them
     * @param dimensionIds the questionnaire's dimensions, in its order
     * @param title        a dimension's title by its id ({@link Assessment#INDEX_SCORE} for the index)
     */
    static List<StageBenchmark> of(List<CohortMember> members, List<String> dimensionIds,
            Function<String, String> title) {
        Map<Stage, List<Map<String, Integer>>> byStage = new LinkedHashMap<>();
        Set<Long> counted = new HashSet<>();
        for (CohortMember member : members) {
            if (member.index() == null || member.ownerId() != null && !counted.add(member.ownerId())) {
                continue;
            }
            Map<String, Integer> scores = new HashMap<>(member.scores());
            scores.put(Assessment.INDEX_SCORE, member.index());
            byStage.computeIfAbsent(member.stage(), s -> new ArrayList<>()).add(scores);
        }
        List<StageBenchmark> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<Map<String, Integer>> peers = byStage.get(stage);
            if (peers == null) {
                continue;
            }
            Benchmark benchmark = Benchmark.of(stage, peers);
            List<Row> rows = new ArrayList<>();
            if (benchmark.shown()) {
                rows.add(new Row(title.apply(Assessment.INDEX_SCORE),
                        benchmark.of(Assessment.INDEX_SCORE).orElse(null)));
                dimensionIds.forEach(id -> rows.add(new Row(title.apply(id), benchmark.of(id).orElse(null))));
            }
            stages.add(new StageBenchmark(stage, benchmark.peers(), benchmark.shown(), rows));
        }
        return stages;
    }
}
