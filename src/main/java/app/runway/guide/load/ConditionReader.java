package app.runway.guide.load;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.runway.guide.load.QuestionnaireParser.Boxed;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Condition;

/**
 * Reads the conditions of rules and of 'if-answer', reporting what they name that the reference
 * questionnaire lacks. One reader serves the checks and the build, so both read a condition alike.
 */
final class ConditionReader {

    private static final Pattern SCORE_CONDITION = Pattern.compile("([a-z0-9-]+)\\s*(<=|>=|<|>)\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern ANSWER_CONDITION = Pattern.compile("([a-z0-9-]+)\\s*=\\s*([a-z0-9-]+(?:\\s*\\|\\s*[a-z0-9-]+)*)");

    private final QuestionnaireParser.Parsed reference;
    private final Problems problems;

    ConditionReader(QuestionnaireParser.Parsed reference, Problems problems) {
        this.reference = reference;
        this.problems = problems;
    }

    /** A rule's condition, on a dimension's score or on an answer; null when it cannot be read. */
    Condition condition(String text, String path, int line) {
        Matcher score = SCORE_CONDITION.matcher(text.strip());
        if (score.matches()) {
            if (!Questionnaire.DIMENSION_IDS.contains(score.group(1))) {
                problems.add(path, line, "unknown dimension '" + score.group(1) + "' in the condition '" + text + "'");
            }
            return new Condition(score.group(1), score.group(2), Double.valueOf(score.group(3)), null, null, text.strip());
        }
        return answerCondition(text, path, line);
    }

    /** A condition on the answer to a question; null when it cannot be read or names no known question. */
    Condition answerCondition(String text, String path, int line) {
        Matcher matcher = ANSWER_CONDITION.matcher(text.strip());
        if (!matcher.matches()) {
            problems.add(path, line, "cannot read the condition '" + text + "': write 'question-id = option-id'"
                    + " or 'dimension < number'");
            return null;
        }
        String questionId = matcher.group(1);
        Set<String> options = Arrays.stream(matcher.group(2).split("\\|")).map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Boxed question = reference.orderedQuestions().stream().filter(q -> q.id().equals(questionId))
                .findFirst().orElse(null);
        if (question == null) {
            problems.add(path, line, "the condition names unknown question '" + questionId + "'");
            return null;
        }
        Set<String> known = Set.copyOf(question.optionIds());
        options.stream().filter(o -> !known.contains(o)).forEach(o ->
                problems.add(path, line, "question '" + questionId + "' has no option '" + o + "'"));
        return new Condition(null, null, null, questionId, options, text.strip());
    }
}
