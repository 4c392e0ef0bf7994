package app.runway.guide.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.runway.guide.load.QuestionnaireParser.Boxed;
import app.runway.guide.model.EntryKind;
import app.runway.questionnaire.Questionnaire.Condition;
import app.runway.questionnaire.Stage;

/**
 * What the reference language's questions name outside themselves: guide entries of the right
 * kind, known stages, and for 'if-answer' a question asked earlier, so that a founder never meets
 * a question that depends on one still to come.
 */
final class QuestionReferenceCheck {

    private final Map<String, EntryKind> kinds;
    private final ConditionReader conditions;
    private final Problems problems;

    QuestionReferenceCheck(Map<String, EntryKind> kinds, ConditionReader conditions, Problems problems) {
        this.kinds = kinds;
        this.conditions = conditions;
        this.problems = problems;
    }

    /** Checks every question; {@code questions} in the order they are asked. */
    void check(List<Boxed> questions) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            positions.putIfAbsent(questions.get(i).id(), i);
        }
        questions.forEach(q -> check(q, positions));
    }

    private void check(Boxed question, Map<String, Integer> positions) {
        checkIds(question, "weak-risks", EntryKind.RISK);
        checkIds(question, "weak-pitfalls", EntryKind.PITFALL);
        checkIds(question, "industries", EntryKind.INDUSTRY);
        if (question.list("strategies").isEmpty()) {
            problems.add(question.path(), question.line() + 1, "a question needs 'strategies'");
        }
        checkIds(question, "strategies", EntryKind.STRATEGY);
        for (String stage : question.list("stages")) {
            if (Stage.fromId(stage).isEmpty()) {
                problems.add(question.path(), question.lineOf("stages"), "unknown stage '" + stage + "' (allowed: "
                        + String.join(", ", Arrays.stream(Stage.values()).map(Stage::id).toList()) + ")");
            }
        }
        String ifAnswer = question.text("if-answer");
        if (ifAnswer != null) {
            Condition condition = conditions.answerCondition(ifAnswer, question.path(), question.lineOf("if-answer"));
            if (condition != null && positions.getOrDefault(condition.questionId(), Integer.MAX_VALUE)
                    >= positions.get(question.id())) {
                problems.add(question.path(), question.lineOf("if-answer"), "'if-answer' must name a question asked before this one");
            }
        }
    }

    private void checkIds(Boxed boxed, String key, EntryKind kind) {
        for (String id : boxed.list(key)) {
            EntryKind found = kinds.get(id);
            if (found == null) {
                problems.add(boxed.path(), boxed.lineOf(key), "'" + key + "' names unknown id '" + id + "'");
            } else if (found != kind) {
                problems.add(boxed.path(), boxed.lineOf(key), "'" + key + "' must name " + kind.code() + " entries, but '"
                        + id + "' is a " + found.code());
            }
        }
    }
}
