package app.runway.team.scoring;

import java.util.List;

/**
 * How the members answered one question, without saying who gave which answer.
 *
 * @param teamAnswer   the team's answer: an option id, {@code unknown}, or null
 * @param lowest       the option with the lowest score a member chose; null when all said "I don't know"
 * @param highest      the option with the highest score a member chose
 * @param scores       the members' scored answers, lowest first ("I don't know" left out)
 * @param unknown      how many members answered "I don't know"
 * @param notAnswered  how many members gave no answer to it
 * @param maxScore     the question's best score
 * @param spread       highest minus lowest scored answer; 0 with fewer than two
 * @param disagreement whether the spread is large enough to talk about
 * @param priority     spread ÷ best score × the dimension's stage weight: the order of the to-talk-about list
 */
public record QuestionSpread(String questionId, String dimensionId, String teamAnswer, String lowest, String highest,
        List<Integer> scores, int unknown, int notAnswered, int maxScore, int spread, boolean disagreement,
        double priority) {
}
