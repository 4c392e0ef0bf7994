package app.runway.assessment.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.runway.guide.model.EntryKind;

/**
 * The outcome of scoring, every number and flag with what produced it.
 *
 * @param index       the readiness index 0-100, or null when no question was answered
 * @param band        the id of the readiness band the index falls in, or null with no index
 * @param dimensions  per dimension id, in questionnaire order
 * @param evidenceToDo questions answered "I don't know", in questionnaire order
 * @param unanswered  questions asked but not answered
 * @param ignored     answers given to questions that were not asked (their conditions were not met)
 */
public record ReadinessResult(Integer index, String band, Map<String, DimensionScore> dimensions,
        List<Flag> flaggedRisks, List<Flag> flaggedPitfalls, List<Recommendation> strategies, List<CaseMatch> cases,
        List<String> evidenceToDo, List<String> unanswered, List<String> ignored) {

    /** A dimension's score; null when the dimension was not scored. */
    public Integer scoreOf(String dimension) {
        DimensionScore score = dimensions.get(dimension);
        return score == null ? null : score.score();
    }

    /** Each flagged entry's id with its kind's code ({@code risk}, {@code pitfall}): risks first, most severe first. */
    public Map<String, String> flagKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        flaggedRisks.forEach(f -> kinds.put(f.id(), EntryKind.RISK.code()));
        flaggedPitfalls.forEach(f -> kinds.put(f.id(), EntryKind.PITFALL.code()));
        return kinds;
    }

    /**
     * @param score   0-100, or null when no question of the dimension has an answer
     * @param weight  the dimension's weight in the index at the startup's stage
     */
    public record DimensionScore(String id, Integer score, double weight, int asked, int answered, int unknown,
            List<Contribution> contributions) {
    }

    /** One answer's part in a dimension score. */
    public record Contribution(String questionId, String optionId, int score, int max, boolean weak) {
    }

    /**
     * A risk or pitfall the answers reveal.
     *
     * @param severity the risk's severity in the guide; null for pitfalls
     */
    public record Flag(String id, String severity, List<Reason> reasons) {
    }

    /**
     * Why something was flagged: a weak answer ({@code questionId}, {@code optionId}) or a rule
     * ({@code ruleId}) whose conditions held, each written with the actual value,
     * e.g. {@code technology >= 60 (72)}.
     */
    public record Reason(String type, String questionId, String optionId, String ruleId, List<String> conditions) {

        public static final String ANSWER = "answer";
        public static final String RULE = "rule";

        static Reason answer(String questionId, String optionId) {
            return new Reason(ANSWER, questionId, optionId, null, List.of());
        }

        static Reason rule(String ruleId, List<String> conditions) {
            return new Reason(RULE, null, null, ruleId, conditions);
        }
    }

    /**
     * A recommended strategy.
     *
     * @param weight    how much the gaps it addresses weigh together
     * @param addresses the flagged risks and pitfalls and the weak questions it addresses
     */
    public record Recommendation(String id, double weight, List<String> addresses) {
    }

    /** A case study worth reading: in the founder's industry, and/or showing recommended strategies. */
    public record CaseMatch(String id, boolean sameIndustry, List<String> strategies) {
    }
}
