package app.runway.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import app.runway.assessment.Assessment;
import app.runway.assessment.ReviewState;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.questionnaire.Stage;

/**
 * One assessment of the cohort, reduced to what the dashboard and the CSV show: read once from
 * the stored result, so that neither parses it again.
 *
 * @param scores   dimension id to score; a dimension without evidence is absent
 * @param risks    the flagged risks' ids
 * @param pitfalls the flagged pitfalls' ids
 * @param ownerId  the founder's account, so that a founder's several submissions count once in the quartiles
 */
record CohortMember(String startupName, String industry, Stage stage, ReviewState state, Instant submittedAt,
        Integer index, String band, Map<String, Integer> scores, List<String> risks, List<String> pitfalls,
        Long ownerId) {

    static CohortMember of(Assessment assessment) {
        ReadinessResult result = assessment.result();
        Stage stage = assessment.profile().stage();
        if (result == null) {
            return new CohortMember(assessment.getStartupName(), assessment.getIndustry(), stage,
                    assessment.getReviewState(), assessment.getSubmittedAt(), null, null, Map.of(), List.of(),
                    List.of(), assessment.getOwnerId());
        }
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        result.dimensions().forEach((id, score) -> {
            if (score.score() != null) {
                scores.put(id, score.score());
            }
        });
        return new CohortMember(assessment.getStartupName(), assessment.getIndustry(), stage,
                assessment.getReviewState(), assessment.getSubmittedAt(), result.index(), result.band(),
                Map.copyOf(scores), result.flaggedRisks().stream().map(ReadinessResult.Flag::id).toList(),
                result.flaggedPitfalls().stream().map(ReadinessResult.Flag::id).toList(), assessment.getOwnerId());
    }
}
