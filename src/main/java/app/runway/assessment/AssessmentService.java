package app.runway.assessment;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import app.runway.account.CurrentUser;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.guide.GuideService;
import app.runway.audit.AuditLog;
import app.runway.questionnaire.Questionnaire;
import app.runway.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
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
    private final AssessmentAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<TeamAnswers> teams;

    AssessmentService(AssessmentRepository assessments, QuestionnaireCatalog catalog, AssessmentAccess access,
            CurrentUser currentUser, AuditLog audit, Clock clock, ApplicationEventPublisher events,
            ObjectProvider<TeamAnswers> teams) {
        this.teams = teams;
        this.assessments = assessments;
        this.catalog = catalog;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Starts an assessment; a signed-in founder owns it from the start. */
    public Assessment start(Profile profile) {
        Assessment assessment = new Assessment(newToken(), profile, clock.instant());
        if (currentUser.hasRole(Role.FOUNDER)) {
            currentUser.account().ifPresent(account -> assessment.claim(account.getId()));
        }
        return assessments.save(assessment);
    }

    /** The assessment behind a private link, if the current visitor may see it; 404 otherwise. */
    @Transactional(readOnly = true)
    public Assessment find(String token) {
        return assessments.findByToken(token).filter(access::canView)
                .orElseThrow(() -> new NotFoundException("assessment"));
    }

    /** As {@link #find}, for changing it: only its founder, or anyone with the link while unclaimed. */
    @Transactional(readOnly = true)
    public Assessment findForEdit(String token) {
        return assessments.findByToken(token).filter(access::canView).filter(access::canEdit)
                .orElseThrow(() -> new NotFoundException("assessment"));
    }

    /** Puts an assessment started anonymously into the signed-in founder's account. */
    public Assessment claim(String token) {
        Assessment assessment = findForEdit(token);
        UserAccount founder = currentUser.account().filter(a -> a.getRole() == Role.FOUNDER)
                .orElseThrow(() -> new InvalidStateException("only a signed-in founder can claim an assessment"));
        assessment.claim(founder.getId());
        audit.record(founder.getEmail(), AuditLog.Action.ASSESSMENT_CLAIMED, assessment.getStartupName(), null);
        return assessment;
    }

    /** Submits a completed assessment for review by every mentor (the open pool). */
    public Assessment submit(String token, String note) {
        return submit(token, note, null);
    }

    /**
     * Submits a completed assessment for mentor review.
     *
     * @param programmeId a programme the founder belongs to (the caller checked), whose mentors alone will
     *                    see it; null for the open pool
     */
    public Assessment submit(String token, String note, Long programmeId) {
        Assessment assessment = ownedByCurrentFounder(token);
        assessment.submit(note, programmeId, clock.instant());
        audit.record(currentUser.email().orElse(null), AuditLog.Action.ASSESSMENT_SUBMITTED,
                assessment.getStartupName(), programmeId == null ? note : "programme " + programmeId
                        + (note == null || note.isBlank() ? "" : ": " + note));
        events.publishEvent(new AssessmentSubmitted(assessment.getToken(), assessment.getStartupName(),
                programmeId));
        return assessment;
    }

    /** Takes back a submission a mentor has not started on. */
    public Assessment withdraw(String token) {
        Assessment assessment = ownedByCurrentFounder(token);
        assessment.withdraw();
        audit.record(currentUser.email().orElse(null), AuditLog.Action.SUBMISSION_WITHDRAWN,
                assessment.getStartupName(), null);
        return assessment;
    }

    /**
     * The founder lets the assessment's scores count, anonymously, among their peers' (or stops it). Only its
     * owner may: anyone else is told it does not exist; one behind its private link cannot be shared.
     */
    public Assessment shareScores(String token, boolean share) {
        Assessment assessment = ownedByCurrentFounder(token);
        if (assessment.isBenchmarkConsent() == share) {
            return assessment;
        }
        assessment.shareScores(share);
        audit.record(currentUser.email().orElse(null),
                share ? AuditLog.Action.SCORES_SHARED : AuditLog.Action.SCORES_UNSHARED,
                assessment.getStartupName(), null);
        events.publishEvent(new SharedScoresChanged(assessment.getId()));
        return assessment;
    }

    /** A new assessment of the same startup, starting from the previous answers. */
    public Assessment retake(String token) {
        Assessment previous = ownedByCurrentFounder(token);
        Assessment next = new Assessment(newToken(), previous.profile(), clock.instant());
        next.retakes(previous);
        Assessment saved = assessments.save(next);
        audit.record(currentUser.email().orElse(null), AuditLog.Action.ASSESSMENT_RETAKEN, previous.getStartupName(),
                "from " + previous.getToken().substring(0, 8) + "…");
        return saved;
    }

    private Assessment ownedByCurrentFounder(String token) {
        Assessment assessment = assessments.findByToken(token).filter(access::isOwner)
                .orElseThrow(() -> new NotFoundException("assessment"));
        return assessment;
    }

    public Assessment changeProfile(String token, Profile profile) {
        Assessment assessment = findForEdit(token);
        assessment.changeProfile(profile, clock.instant());
        sharedScoresMayHaveChanged(assessment);
        return assessment;
    }

    /** Saves one page of answers; answers to other questions are kept. */
    public Assessment record(String token, Map<String, String> answers) {
        Assessment assessment = findForEdit(token);
        assessment.record(answers, clock.instant());
        return assessment;
    }

    /** Scores the answers against the questionnaire in force and stores the result with its version. */
    public Assessment complete(String token) {
        Assessment assessment = findForEdit(token);
        GuideService.Current current = catalog.current();
        catalog.remember(current);
        assessment.complete(ReadinessScorer.score(current.questionnaire(), assessment.profile(),
                scoredAnswers(assessment, current.questionnaire())), current.contentHash(), clock.instant());
        sharedScoresMayHaveChanged(assessment);
        return assessment;
    }

    /**
     * The assessment with this id, without an access check: for a feature that checks its own (the team's
     * members).
     */
    @Transactional(readOnly = true)
    public Optional<Assessment> byId(Long id) {
        return assessments.findById(id);
    }

    /**
     * Its team changed (a co-founder joined or submitted): a completed assessment is scored again with the
     * team's answers, against the questionnaire it was scored with, and a report kept of it goes stale either
     * way. The caller checks who may do this.
     */
    public void teamChanged(Long id) {
        Assessment assessment = assessments.findById(id).orElseThrow(() -> new NotFoundException("assessment"));
        if (assessment.isCompleted()) {
            Questionnaire questionnaire = questionnaireOf(assessment);
            assessment.rescored(ReadinessScorer.score(questionnaire, assessment.profile(),
                    scoredAnswers(assessment, questionnaire)), clock.instant());
            sharedScoresMayHaveChanged(assessment);
        } else {
            assessment.touch(clock.instant());
        }
    }

    /** The owner's answers, or once co-founders submitted theirs the team's (docs/scoring.md). */
    private Map<String, String> scoredAnswers(Assessment assessment, Questionnaire questionnaire) {
        TeamAnswers team = teams.getIfAvailable();
        return team == null ? assessment.getAnswers()
                : team.of(assessment, questionnaire).orElseGet(assessment::getAnswers);
    }

    private void sharedScoresMayHaveChanged(Assessment assessment) {
        if (assessment.isBenchmarkConsent() && assessment.isCompleted()) {
            events.publishEvent(new SharedScoresChanged(assessment.getId()));
        }
    }

    /** Starts and completes an assessment in one step (the JSON API). */
    public Assessment submit(Profile profile, Map<String, String> answers) {
        Assessment assessment = start(profile);
        assessment.record(answers, clock.instant());
        return complete(assessment.getToken());
    }

    /** Scores an assessment's answers again under the questionnaire in force and stores the result. */
    public Assessment applyRescore(String token) {
        return complete(token);
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
        Questionnaire current = catalog.current().questionnaire();
        return ReadinessScorer.score(current, assessment.profile(), scoredAnswers(assessment, current));
    }

    /** What the result would be with one answer changed, without saving it. */
    @Transactional(readOnly = true)
    public ReadinessResult whatIf(Assessment assessment, String questionId, String optionId) {
        Questionnaire questionnaire = questionnaireOf(assessment);
        Map<String, String> answers = new java.util.LinkedHashMap<>(scoredAnswers(assessment, questionnaire));
        answers.put(questionId, optionId);
        return ReadinessScorer.score(questionnaire, assessment.profile(), answers);
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
