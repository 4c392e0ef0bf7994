package app.runway.assessment;

import java.util.Map;
import java.util.Optional;

import app.runway.questionnaire.Questionnaire;

/**
 * The answers an assessment is scored with when co-founders answered it too (app.runway.team provides
 * them): the owner's own answers made one with theirs. Declared here so that assessments know no team.
 */
public interface TeamAnswers {

    /** The team's answers to score instead of the owner's alone; empty while no co-founder has submitted any. */
    Optional<Map<String, String>> of(Assessment assessment, Questionnaire questionnaire);
}
