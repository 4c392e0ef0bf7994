package app.runway.assessment.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Question;

/**
 * The answers posted on one dimension page, sorted into those worth keeping and those naming an
 * option the question does not have. Values for questions of other dimensions are dropped: a page
 * only ever changes its own questions.
 */
record PageAnswers(Map<String, String> valid, Set<String> invalid) {

    static PageAnswers of(Questionnaire questionnaire, String dimensionId, Map<String, String> posted) {
        Map<String, String> valid = new LinkedHashMap<>();
        Set<String> invalid = new LinkedHashSet<>();
        for (Question question : questionnaire.questionsOf(dimensionId)) {
            String value = posted.get(question.id());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (Journey.isAnswered(question, value)) {
                valid.put(question.id(), value);
            } else {
                invalid.add(question.id());
            }
        }
        return new PageAnswers(valid, invalid);
    }
}
