package app.runway.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Dimension;
import app.runway.questionnaire.Questionnaire.Question;

/**
 * The pages a founder goes through: one per dimension that has at least one question asked for
 * this profile and these answers, in questionnaire order. Answers can change which questions are
 * asked, so a journey is computed afresh from the saved answers on every request.
 */
record Journey(List<Step> steps, Map<String, String> answers) {

    /** One page: a dimension and the questions asked on it. */
    record Step(Dimension dimension, List<Question> questions, boolean done) {

        String id() {
            return dimension.id();
        }
    }

    static Journey of(Questionnaire questionnaire, Profile profile, Map<String, String> answers) {
        List<Question> asked = ReadinessScorer.askedQuestions(questionnaire, profile, answers);
        List<Step> steps = new ArrayList<>();
        for (Dimension dimension : questionnaire.dimensions()) {
            List<Question> questions = asked.stream().filter(q -> q.dimension().equals(dimension.id())).toList();
            if (!questions.isEmpty()) {
                boolean done = questions.stream().allMatch(q -> isAnswered(q, answers.get(q.id())));
                steps.add(new Step(dimension, questions, done));
            }
        }
        return new Journey(List.copyOf(steps), Map.copyOf(answers));
    }

    /** "I don't know" counts as an answer; an option the question does not have does not. */
    static boolean isAnswered(Question question, String answer) {
        return answer != null && (Questionnaire.UNKNOWN.equals(answer) || question.option(answer).isPresent());
    }

    Optional<Step> step(String dimensionId) {
        return steps.stream().filter(s -> s.id().equals(dimensionId)).findFirst();
    }

    /** 1-based position of a step in the journey. */
    int position(String dimensionId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(dimensionId)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not in the journey: " + dimensionId);
    }

    Optional<Step> previous(String dimensionId) {
        int position = position(dimensionId);
        return position > 1 ? Optional.of(steps.get(position - 2)) : Optional.empty();
    }

    Optional<Step> next(String dimensionId) {
        int position = position(dimensionId);
        return position < steps.size() ? Optional.of(steps.get(position)) : Optional.empty();
    }

    boolean isLast(String dimensionId) {
        return position(dimensionId) == steps.size();
    }

    Step first() {
        return steps.get(0);
    }

    Step last() {
        return steps.get(steps.size() - 1);
    }

    /** The first page with a question not yet answered. */
    Optional<Step> firstUnfinished() {
        return steps.stream().filter(s -> !s.done()).findFirst();
    }

    boolean isComplete() {
        return firstUnfinished().isEmpty();
    }
}
