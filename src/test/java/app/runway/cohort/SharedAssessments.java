package app.runway.cohort;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.ReviewState;
import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Completed assessments in a given review state, for cohort tests: completed through the service
 * like a founder's, then put in the state directly, as the founder's submission and the mentor's
 * review would leave them.
 */
public final class SharedAssessments {

    private final AssessmentService assessments;
    private final QuestionnaireCatalog catalog;
    private final JdbcTemplate jdbc;

    public SharedAssessments(AssessmentService assessments, QuestionnaireCatalog catalog, JdbcTemplate jdbc) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** The best answer to every question asked: few or no flags. */
    public Assessment strong(String name, String industry, Stage stage, ReviewState state) {
        return in(state, name, industry, stage, q -> q.options().stream()
                .max(Comparator.comparingInt(Option::score)).orElseThrow().id());
    }

    /** The weakest answer to every question asked: many flags. */
    public Assessment weak(String name, String industry, Stage stage, ReviewState state) {
        return in(state, name, industry, stage, q -> q.options().stream()
                .min(Comparator.comparingInt(Option::score)).orElseThrow().id());
    }

    private Assessment in(ReviewState state, String name, String industry, Stage stage,
            Function<Question, String> pick) {
        Profile profile = new Profile(name, industry, stage, 4);
        Assessment assessment = assessments.submit(profile, answers(catalog.current().questionnaire(), profile, pick));
        if (state != ReviewState.DRAFT) {
            jdbc.update("update assessment set review_state = ?, submitted_at = ? where token = ?", state.name(),
                    Timestamp.from(Instant.parse("2025-03-04T05:06:00Z")), assessment.getToken());
        }
        return assessment;
    }

    /** Answers every question the founder is asked, so that questions asked after an answer follow. */
    private static Map<String, String> answers(Questionnaire questionnaire, Profile profile,
            Function<Question, String> pick) {
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> done = new HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            List<Question> asked = ReadinessScorer.askedQuestions(questionnaire, profile, answers);
            for (Question q : asked) {
                if (done.add(q.id())) {
                    answers.put(q.id(), pick.apply(q));
                    more = true;
                }
            }
        }
        return answers;
    }
}
