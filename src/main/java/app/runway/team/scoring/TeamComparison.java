package app.runway.team.scoring;

import java.util.List;
import java.util.Map;

import app.runway.assessment.scoring.ReadinessResult;

/**
 * A team's answers made one, and where its members agree and disagree.
 *
 * @param teamAnswers question id to the team's answer (see {@link TeamScorer})
 * @param result      the team's answers scored
 * @param questions   every question asked for the team's answers that a member answered, in questionnaire order
 * @param dimensions  per dimension with an answer, in questionnaire order
 * @param toTalkAbout the disagreements, most important first
 */
public record TeamComparison(Map<String, String> teamAnswers, ReadinessResult result, List<QuestionSpread> questions,
        List<DimensionSpread> dimensions, List<QuestionSpread> toTalkAbout) {
}
