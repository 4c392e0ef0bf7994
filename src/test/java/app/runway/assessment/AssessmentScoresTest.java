package app.runway.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import app.runway.assessment.scoring.Profile;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scores kept as rows (assessment_score): written with the result, and filled in for older assessments. */
@SpringBootTest
class AssessmentScoresTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    QuestionnaireCatalog catalog;

    @Autowired
    AssessmentScoresBackfill backfill;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void completingStoresEveryScoreAndTheIndexAsRows() {
        Assessment assessment = completed();

        assertThat(rows(assessment)).isEqualTo(Assessment.scoresOf(assessment.result()))
                .containsEntry(Assessment.INDEX_SCORE, assessment.result().index())
                .containsEntry("market", assessment.result().scoreOf("market"));
    }

    @Test
    void anAssessmentCompletedBeforeTheRowsExistedIsFilledInAtStartUp() {
        Assessment assessment = completed();
        Map<String, Integer> scores = rows(assessment);
        jdbc.update("delete from assessment_score where assessment_id = ?", assessment.getId());

        backfill.fill();

        assertThat(rows(assessment)).isEqualTo(scores);
    }

    private Assessment completed() {
        Profile profile = new Profile("Rows", "healthcare", Stage.IDEA, 2);
        Map<String, String> answers = new HashMap<>();
        catalog.current().questionnaire().questions().forEach(q -> answers.put(q.id(), q.options().get(1).id()));
        return assessments.submit(profile, answers);
    }

    private Map<String, Integer> rows(Assessment assessment) {
        Map<String, Integer> rows = new HashMap<>();
        jdbc.query("select dimension, score from assessment_score where assessment_id = ?",
                rs -> {
                    rows.put(rs.getString(1), rs.getInt(2));
                }, assessment.getId());
        return rows;
    }
}
