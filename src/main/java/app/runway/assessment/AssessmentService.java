package app.runway.assessment;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.guide.GuideService;
import app.runway.questionnaire.Questionnaire;
import app.runway.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting, answering, completing and re-scoring assessments. */
@Service
@Transactional
public class AssessmentService {

    /** 32 random bytes: 256 bits, far beyond guessing. */
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AssessmentRepository assessments;
    private final QuestionnaireCatalog catalog;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, QuestionnaireCatalog catalog, Clock clock) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.clock = clock;
    }

    public Assessment start(Profile profile) {
        return assessments.save(new Assessment(newToken(), profile, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Assessment find(String token) {
        return assessments.findByToken(token).orElseThrow(() -> new NotFoundException("assessment"));
    }

    public Assessment changeProfile(String token, Profile profile) {
        Assessment assessment = find(token);
        assessment.changeProfile(profile, clock.instant());
        return assessment;
    }

    /** Saves one page of answers; answers to other questions are kept. */
    public Assessment record(String token, Map<String, String> answers) {
        Assessment assessment = find(token);
        assessment.record(answers, clock.instant());
        return assessment;
    }

    /** Scores the answers against the questionnaire in force and stores the result with its version. */
    public Assessment complete(String token) {
        Assessment assessment = find(token);
        GuideService.Current current = catalog.current();
        catalog.remember(current);
        assessment.complete(ReadinessScorer.score(current.questionnaire(), assessment.profile(),
                assessment.getAnswers()), current.contentHash(), clock.instant());
        return assessment;
    }

    /** Starts and completes an assessment in one step (the JSON API). */
    public Assessment submit(Profile profile, Map<String, String> answers) {
        Assessment assessment = start(profile);
        assessment.record(answers, clock.instant());
        return complete(assessment.getToken());
    }

    /** The questionnaire the assessment was scored against, or the one in force before completion. */
    @Transactional(readOnly = true)
    public Questionnaire questionnaireOf(Assessment assessment) {
        if (assessment.getGuideHash() == null) {
            return catalog.current().questionnaire();
        }
        return catalog.version(assessment.getGuideHash()).orElseGet(() -> catalog.current().questionnaire());
    }

    /** Whether the guide changed since the assessment was scored. */
    @Transactional(readOnly = true)
    public boolean isOutdated(Assessment assessment) {
        return assessment.isCompleted() && !assessment.getGuideHash().equals(catalog.current().contentHash());
    }

    /** What the result would be under the questionnaire in force, without saving it. */
    @Transactional(readOnly = true)
    public ReadinessResult rescore(Assessment assessment) {
        return ReadinessScorer.score(catalog.current().questionnaire(), assessment.profile(), assessment.getAnswers());
    }

    /** What the result would be with one answer changed, without saving it. */
    @Transactional(readOnly = true)
    public ReadinessResult whatIf(Assessment assessment, String questionId, String optionId) {
        Map<String, String> answers = new java.util.LinkedHashMap<>(assessment.getAnswers());
        answers.put(questionId, optionId);
        return ReadinessScorer.score(questionnaireOf(assessment), assessment.profile(), answers);
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
