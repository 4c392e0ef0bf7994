package app.runway.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.runway.assessment.ReviewState;
import app.runway.questionnaire.Stage;

/**
 * The numbers of the cohort dashboard, computed from its members without Spring or a database.
 *
 * @param byStage      every stage in order, with how many assessments are at it
 * @param byState      every state shared with mentors, in order
 * @param dimensions   every dimension in questionnaire order with its average score
 * @param risks        the most often flagged risks, most often first, at most {@link #TOP}
 * @param pitfalls     the most often flagged pitfalls, likewise
 * @param index        the readiness index in buckets of ten: 0-9, 10-19, ... 90-100
 * @param withoutIndex assessments without a readiness index (nothing answered)
 */
record CohortStats(int total, List<Count> byStage, List<Count> byState, List<Average> dimensions,
        List<Count> risks, List<Count> pitfalls, List<Count> index, int withoutIndex) {

    /** How many flagged risks and pitfalls the dashboard lists. */
    static final int TOP = 10;
    static final int BUCKET = 10;
    static final List<ReviewState> SHARED_STATES = List.of(ReviewState.SUBMITTED, ReviewState.IN_REVIEW,
            ReviewState.REVIEWED);

    /** How many assessments have {@code id}: a stage, a state, a flag or a bucket's lower bound. */
    record Count(String id, int count) {
    }

    /**
     * A dimension's average score over the assessments with evidence on it.
     *
     * @param average rounded, or null when no assessment has a score there
     * @param scored  how many assessments have a score on the dimension
     */
    record Average(String id, Integer average, int scored) {
    }

    static CohortStats of(List<CohortMember> members, List<String> dimensionIds) {
        List<Count> byStage = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            byStage.add(new Count(stage.id(), (int) members.stream().filter(m -> m.stage() == stage).count()));
        }
        List<Count> byState = new ArrayList<>();
        for (ReviewState state : SHARED_STATES) {
            byState.add(new Count(state.name(), (int) members.stream().filter(m -> m.state() == state).count()));
        }
        List<Average> dimensions = new ArrayList<>();
        for (String id : dimensionIds) {
            List<Integer> scores = members.stream().map(m -> m.scores().get(id)).filter(s -> s != null).toList();
            Integer average = scores.isEmpty() ? null
                    : (int) Math.round(scores.stream().mapToInt(Integer::intValue).average().orElseThrow());
            dimensions.add(new Average(id, average, scores.size()));
        }
        int[] buckets = new int[100 / BUCKET];
        int withoutIndex = 0;
        for (CohortMember member : members) {
            if (member.index() == null) {
                withoutIndex++;
            } else {
                buckets[bucketOf(member.index())]++;
            }
        }
        List<Count> index = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            index.add(new Count(String.valueOf(i * BUCKET), buckets[i]));
        }
        return new CohortStats(members.size(), byStage, byState, dimensions, top(members, CohortMember::risks),
                top(members, CohortMember::pitfalls), index, withoutIndex);
    }

    /** 100 belongs to the last bucket, 90-100, so that there are ten buckets and not eleven. */
    static int bucketOf(int index) {
        return Math.min(Math.max(index, 0) / BUCKET, 100 / BUCKET - 1);
    }

    /** Each assessment counts a flag once; ties are broken by id so that the order is stable. */
    private static List<Count> top(List<CohortMember> members, Function<CohortMember, List<String>> flags) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CohortMember member : members) {
            flags.apply(member).stream().distinct().forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::id))
                .limit(TOP)
                .toList();
    }
}
