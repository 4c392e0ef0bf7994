package app.runway.founder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.founder.FeedbackView.DimensionComment;
import app.runway.founder.FeedbackView.ScoreRow;
import app.runway.questionnaire.QuestionnaireTexts;
import app.runway.review.PublishedReview.DimensionFeedback;
import app.runway.review.PublishedReview;
import app.runway.review.ReviewFeedback;
import org.springframework.stereotype.Component;

/** Puts a published review beside the founder's own result. Drafts are never shown. */
@Component
class Feedback {

    private final ReviewFeedback reviews;
    private final AssessmentService assessments;
    private final Clock clock;

    Feedback(ReviewFeedback reviews, AssessmentService assessments, Clock clock) {
        this.reviews = reviews;
        this.assessments = assessments;
        this.clock = clock;
    }

    FeedbackView of(Assessment assessment, String lang) {
        Optional<PublishedReview> published = assessment.isCompleted() ? reviews.published(assessment, lang)
                : Optional.empty();
        if (published.isEmpty()) {
            return FeedbackView.notPublished(assessment.getToken(), assessment.getStartupName(),
                    assessment.getReviewState());
        }
        PublishedReview review = published.get();
        ReadinessResult result = assessment.result();
        QuestionnaireTexts texts = new QuestionnaireTexts(assessments.questionnaireOf(assessment), lang);

        Set<String> ids = new LinkedHashSet<>(result.dimensions().keySet());
        review.dimensions().forEach(d -> ids.add(d.dimension()));
        List<ScoreRow> scores = new ArrayList<>();
        List<DimensionComment> comments = new ArrayList<>();
        for (String id : ids) {
            ReadinessResult.DimensionScore self = result.dimensions().get(id);
            Optional<DimensionFeedback> mentor = review.dimension(id);
            scores.add(new ScoreRow(id, texts.dimension(id), self == null ? null : self.score(),
                    mentor.map(DimensionFeedback::mentorScore).orElse(null)));
            mentor.map(DimensionFeedback::commentHtml).filter(html -> !html.isBlank())
                    .ifPresent(html -> comments.add(new DimensionComment(id, texts.dimension(id), html)));
        }
        LocalDate publishedOn = date(review.publishedAt());
        LocalDate updatedOn = date(review.updatedAt());
        LocalDate revisedOn = updatedOn != null && publishedOn != null && updatedOn.isAfter(publishedOn) ? updatedOn
                : null;
        String overall = review.overallHtml() == null || review.overallHtml().isBlank() ? null : review.overallHtml();
        return new FeedbackView(assessment.getToken(), assessment.getStartupName(), assessment.getReviewState(), true,
                review.verdict(), review.mentorName(), publishedOn, revisedOn, overall, scores, comments,
                review.added(), review.removed());
    }

    private LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }
}
