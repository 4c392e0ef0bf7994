package app.runway.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.guide.load.GuideLoader;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;

/** What assessments store as JSON reads back equal: results and whole questionnaires. */
class StoredDocumentsTest {

    private static final Questionnaire QUESTIONNAIRE = new GuideLoader()
            .load(app.runway.guide.TestGuides.bundled()).questionnaire();

    @Test
    void questionnaireSurvivesARoundTrip() {
        String json = Json.write(QUESTIONNAIRE);
        assertThat(Json.read(json, Questionnaire.class)).isEqualTo(QUESTIONNAIRE);
    }

    @Test
    void resultSurvivesARoundTrip() {
        Map<String, String> answers = new LinkedHashMap<>();
        QUESTIONNAIRE.questions().forEach(q -> answers.put(q.id(), q.options().get(0).id()));
        ReadinessResult result = ReadinessScorer.score(QUESTIONNAIRE,
                new Profile("Acme", "healthcare", Stage.SEED, 8), answers);
        assertThat(result.flaggedRisks()).isNotEmpty();
        assertThat(Json.read(Json.write(result), ReadinessResult.class)).isEqualTo(result);
    }
}
