package app.runway.assessment.scoring;

import app.runway.questionnaire.Stage;

/**
 * What a founder says about the startup before the questions.
 *
 * @param industry the id of one of the guide's industry entries
 */
public record Profile(String startupName, String industry, Stage stage, int teamSize) {
}
