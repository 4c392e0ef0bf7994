package app.runway.assessment.web;

import app.runway.assessment.Assessment;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.questionnaire.Questionnaire;
import org.springframework.stereotype.Component;

/**
 * Journeys through the questionnaire in force, and the addresses of their pages. Founders always
 * answer the current questionnaire: finishing scores against it.
 */
@Component
class Journeys {

    private final QuestionnaireCatalog catalog;

    Journeys(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    Questionnaire questionnaire() {
        return catalog.current().questionnaire();
    }

    Journey of(Assessment assessment) {
        return Journey.of(questionnaire(), assessment.profile(), assessment.getAnswers());
    }

    /** Where a founder coming back continues: the first page with an open question, else the report or the last page. */
    static String resumePath(Assessment assessment, Journey journey) {
        String token = assessment.getToken();
        return journey.firstUnfinished().map(step -> dimensionPath(token, step.id()))
                .orElseGet(() -> assessment.isCompleted() ? reportPath(token)
                        : dimensionPath(token, journey.last().id()));
    }

    static String resumePath(String token) {
        return "/assessments/" + token;
    }

    static String dimensionPath(String token, String dimensionId) {
        return "/assessments/" + token + "/dimensions/" + dimensionId;
    }

    static String profilePath(String token) {
        return "/assessments/" + token + "/profile";
    }

    static String reportPath(String token) {
        return "/assessments/" + token + "/report";
    }

    /** Tokens and dimension ids are URL-safe by construction, so they go into redirects as they are. */
    static String redirect(String path) {
        return "redirect:" + path;
    }
}
