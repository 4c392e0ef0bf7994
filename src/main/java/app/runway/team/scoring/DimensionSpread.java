package app.runway.team.scoring;

import java.util.List;

/**
 * How far apart the members are on one dimension.
 *
 * @param teamScore    the dimension's score from the team's answers; null without evidence
 * @param memberScores each member's own score of the dimension, lowest first (members without one left out)
 * @param spread       highest minus lowest member score, 0-100
 * @param agreed       questions at least two members scored and agree on
 * @param disagreed    questions the members disagree on
 */
public record DimensionSpread(String dimensionId, Integer teamScore, List<Integer> memberScores, int spread,
        int agreed, int disagreed) {
}
