package app.runway.team.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Dimension;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;

/**
 * Makes one set of answers out of several members' and says where they differ. A pure function: the same
 * questionnaire, profile and members' answers (in the same order) always give the same result.
 *
 * <ul>
 * <li>A member's answer counts only for a question asked for that member's own answers (a follow-up they
 * never saw, or an answer they left behind by changing an earlier one, does not count).</li>
 * <li>The team's answer to a question is the <b>lower median</b> of the members' scored answers: the
 * middle one, and of two middle ones the lower, so that the team's answer is always one a member gave.
 * Among the options with that score, the first in the question's order that a member chose.</li>
 * <li>"I don't know" is left out; when every member who answered said so, the team's answer is "I don't
 * know". A question nobody answered has no team answer.</li>
 * <li>The spread of a question is the highest scored answer minus the lowest. The team disagrees on a
 * question when the spread is at least two thirds of its best score ({@link #disagrees}): 2 points on a
 * question scored 0-3 or 0-2, 1 point on one scored 0-1.</li>
 * <li>Disagreements are ranked by spread ÷ best score × the stage weight of the question's dimension,
 * heaviest first, then in questionnaire order.</li>
 * </ul>
 */
public final class TeamScorer {

    private TeamScorer() {
    }

    /** The team's answers: one per question that a member answered. */
    public static Map<String, String> combine(Questionnaire questionnaire, Profile profile,
            List<Map<String, String>> members) {
        List<Map<String, String>> counted = counted(questionnaire, profile, members);
        Map<String, String> team = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            teamAnswer(question, answersTo(question, counted)).ifPresent(answer -> team.put(question.id(), answer));
        }
        return team;
    }

    /** The team's answers scored, and where the members agree and disagree. */
    public static TeamComparison compare(Questionnaire questionnaire, Profile profile,
            List<Map<String, String>> members) {
        List<Map<String, String>> counted = counted(questionnaire, profile, members);
        Map<String, String> teamAnswers = combine(questionnaire, profile, members);
        ReadinessResult result = ReadinessScorer.score(questionnaire, profile, teamAnswers);
        List<ReadinessResult> own = counted.stream()
                .map(answers -> ReadinessScorer.score(questionnaire, profile, answers)).toList();

        List<QuestionSpread> questions = new ArrayList<>();
        for (Question question : ReadinessScorer.askedQuestions(questionnaire, profile, teamAnswers)) {
            List<String> answers = answersTo(question, counted);
            if (answers.isEmpty()) {
                continue;
            }
            List<Integer> scores = answers.stream().map(question::option).flatMap(Optional::stream)
                    .map(Option::score).sorted().toList();
            int unknown = answers.size() - scores.size();
            int spread = scores.isEmpty() ? 0 : scores.get(scores.size() - 1) - scores.get(0);
            double weight = questionnaire.dimension(question.dimension()).map(d -> d.weight(profile.stage()))
                    .orElse(1.0);
            questions.add(new QuestionSpread(question.id(), question.dimension(), teamAnswers.get(question.id()),
                    lowest(question, answers), highest(question, answers), scores, unknown,
                    members.size() - answers.size(), question.maxScore(), spread,
                    disagrees(spread, question.maxScore()), priority(spread, question.maxScore(), weight)));
        }

        List<DimensionSpread> dimensions = new ArrayList<>();
        for (Dimension dimension : questionnaire.dimensions()) {
            List<Integer> memberScores = own.stream().map(r -> r.scoreOf(dimension.id())).filter(Objects::nonNull)
                    .sorted().toList();
            List<QuestionSpread> ofDimension = questions.stream()
                    .filter(q -> q.dimensionId().equals(dimension.id())).toList();
            if (ofDimension.isEmpty() && memberScores.isEmpty()) {
                continue;
            }
            dimensions.add(new DimensionSpread(dimension.id(), result.scoreOf(dimension.id()), memberScores,
                    memberScores.isEmpty() ? 0 : memberScores.get(memberScores.size() - 1) - memberScores.get(0),
                    (int) ofDimension.stream().filter(q -> q.scores().size() >= 2 && !q.disagreement()).count(),
                    (int) ofDimension.stream().filter(QuestionSpread::disagreement).count()));
        }

        List<QuestionSpread> toTalkAbout = questions.stream().filter(QuestionSpread::disagreement)
                .sorted(Comparator.comparingDouble(QuestionSpread::priority).reversed()).toList();
        return new TeamComparison(teamAnswers, result, questions, dimensions, toTalkAbout);
    }

    /** Whether a spread of scores on a question with this best score is a disagreement. */
    public static boolean disagrees(int spread, int maxScore) {
        return maxScore > 0 && spread > 0 && 3 * spread >= 2 * maxScore;
    }

    static double priority(int spread, int maxScore, double dimensionWeight) {
        return maxScore == 0 ? 0 : (double) spread / maxScore * dimensionWeight;
    }

    /** Each member's answers, kept only for the questions asked for them. */
    private static List<Map<String, String>> counted(Questionnaire questionnaire, Profile profile,
            List<Map<String, String>> members) {
        List<Map<String, String>> counted = new ArrayList<>();
        for (Map<String, String> answers : members) {
            Map<String, String> kept = new LinkedHashMap<>();
            for (Question question : ReadinessScorer.askedQuestions(questionnaire, profile, answers)) {
                String answer = answers.get(question.id());
                if (Questionnaire.UNKNOWN.equals(answer) || question.option(answer == null ? "" : answer).isPresent()) {
                    kept.put(question.id(), answer);
                }
            }
            counted.add(kept);
        }
        return counted;
    }

    private static List<String> answersTo(Question question, List<Map<String, String>> members) {
        return members.stream().map(m -> m.get(question.id())).filter(Objects::nonNull).toList();
    }

    private static Optional<String> teamAnswer(Question question, List<String> answers) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> scores = answers.stream().map(question::option).flatMap(Optional::stream).map(Option::score)
                .sorted().toList();
        if (scores.isEmpty()) {
            return Optional.of(Questionnaire.UNKNOWN);
        }
        int median = scores.get((scores.size() - 1) / 2);
        return question.options().stream().filter(o -> o.score() == median && answers.contains(o.id()))
                .map(Option::id).findFirst();
    }

    private static String lowest(Question question, List<String> answers) {
        return question.options().stream().filter(o -> answers.contains(o.id()))
                .min(Comparator.comparingInt(Option::score)).map(Option::id).orElse(null);
    }

    private static String highest(Question question, List<String> answers) {
        return question.options().stream().filter(o -> answers.contains(o.id()))
                .max(Comparator.comparingInt(Option::score)).map(Option::id).orElse(null);
    }
}
