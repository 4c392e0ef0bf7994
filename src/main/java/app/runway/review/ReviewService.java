package app.runway.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentAccess;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.ReviewState;
import app.runway.audit.AuditLog;
import app.runway.questionnaire.Questionnaire;
import app.runway.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, saving and publishing reviews. Opening a submitted assessment takes it into review;
 * publishing marks it reviewed. A save names the review version the mentor started from and is
 * refused if someone saved since, so that nobody's work is overwritten unseen.
 */
@Service
@Transactional
class ReviewService {

    private final SharedAssessments assessments;
    private final ReviewRepository reviews;
    private final AssessmentAccess access;
    private final AssessmentService assessmentService;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReviewService(SharedAssessments assessments, ReviewRepository reviews, AssessmentAccess access,
            AssessmentService assessmentService, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.assessments = assessments;
        this.reviews = reviews;
        this.access = access;
        this.assessmentService = assessmentService;
        this.audit = audit;
        this.clock = clock;
    }

    /** An assessment under review with its review, if one was saved, and the questionnaire it was scored against. */
    record Opened(Assessment assessment, Review review, Questionnaire questionnaire) {
    }

    /** What a mentor typed, checked and ready to store; comments still as Markdown. */
    record Input(List<NoteInput> dimensions, String overall, List<String> added, List<String> removed,
            Verdict verdict) {
    }

    record NoteInput(String dimension, Integer score, String comment) {
    }

    /** The review page is opened: a submitted assessment is now in review. */
    Opened open(String token, UserAccount mentor) {
        Assessment assessment = shared(token);
        startReview(assessment, mentor);
        return opened(assessment);
    }

    /** As it stands, without changing anything (to show a form again). */
    @Transactional(readOnly = true)
    Opened current(String token) {
        return opened(shared(token));
    }

    /**
     * Stores the review, and publishes it to the founder if asked.
     *
     * @param expectedVersion the version the mentor's form was built from; null for a review not yet saved
     * @throws ReviewConflictException if someone saved the review since
     */
    Review save(String token, Long expectedVersion, Input input, boolean publish, UserAccount mentor) {
        Assessment assessment = shared(token);
        Review review = reviews.findByAssessmentId(assessment.getId()).orElse(null);
        if (changedSince(review, expectedVersion)) {
            throw new ReviewConflictException();
        }
        startReview(assessment, mentor);
        Instant now = clock.instant();
        if (review == null) {
            review = reviews.save(new Review(assessment.getId(), mentor.getId(), now));
        }
        review.revise(render(input), mentor.getId(), now);
        if (publish) {
            review.publish(mentor.getId(), now);
            assessment.markReviewed();
            events.publishEvent(new FeedbackPublished(assessment.getToken(), assessment.getStartupName(),
                    assessment.getOwnerId()));
        }
        // Written now, so that a concurrent save fails here, before anything is logged.
        reviews.flush();
        audit.record(mentor.getEmail(), publish ? AuditLog.Action.REVIEW_PUBLISHED : AuditLog.Action.REVIEW_SAVED,
                assessment.getStartupName(), detail(assessment, review));
        return review;
    }

    /** Whether the review is no longer the one a form was built from (null: no review yet). */
    static boolean changedSince(Review review, Long expectedVersion) {
        return review == null ? expectedVersion != null : !Objects.equals(expectedVersion, review.getVersion());
    }

    private static ReviewContent render(Input input) {
        List<DimensionNote> notes = input.dimensions().stream()
                .filter(n -> n.score() != null || n.comment() != null)
                .map(n -> {
                    Comment comment = CommentMarkdown.of(n.comment());
                    return new DimensionNote(n.dimension(), n.score(), comment.markdown(), comment.html());
                })
                .toList();
        return new ReviewContent(notes, CommentMarkdown.of(input.overall()), List.copyOf(input.added()),
                List.copyOf(input.removed()), input.verdict());
    }

    private void startReview(Assessment assessment, UserAccount mentor) {
        if (assessment.getReviewState() == ReviewState.SUBMITTED) {
            assessment.startReview();
            audit.record(mentor.getEmail(), AuditLog.Action.REVIEW_STARTED, assessment.getStartupName(),
                    "assessment " + assessment.getId());
        }
    }

    private Opened opened(Assessment assessment) {
        return new Opened(assessment, reviews.findByAssessmentId(assessment.getId()).orElse(null),
                assessmentService.questionnaireOf(assessment));
    }

    /** A submitted assessment the current mentor may see; anything else does not exist for the review pages. */
    private Assessment shared(String token) {
        return assessments.findByToken(token)
                .filter(a -> a.getReviewState().sharedWithMentors())
                .filter(access::canView)
                .orElseThrow(() -> new NotFoundException("assessment"));
    }

    /** Names the assessment by id, never by its token, which is a private link. */
    private static String detail(Assessment assessment, Review review) {
        return "assessment " + assessment.getId()
                + (review.getVerdict() == null ? "" : ", verdict " + review.getVerdict().name());
    }
}
