package app.runway.review;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.runway.account.UserAccount;
import app.runway.account.UserAccountRepository;
import app.runway.assessment.Assessment;
import app.runway.guide.GuideSnapshots;
import app.runway.guide.model.EntryKind;
import app.runway.review.PublishedReview.StrategyLink;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What founders may read of a review: only a published one, never a draft. The caller has already
 * checked that the reader may see the assessment (for instance through {@code AssessmentService.find}).
 */
@Service
@Transactional(readOnly = true)
public class ReviewFeedback {

    private final ReviewRepository reviews;
    private final GuideSnapshots guide;
    private final UserAccountRepository accounts;

    ReviewFeedback(ReviewRepository reviews, GuideSnapshots guide, UserAccountRepository accounts) {
        this.reviews = reviews;
        this.guide = guide;
        this.accounts = accounts;
    }

    /** The published review of this assessment, strategy titles in {@code lang} ({@code en} or {@code zh}). */
    public Optional<PublishedReview> published(Assessment assessment, String lang) {
        return reviews.findByAssessmentId(assessment.getId()).filter(Review::isPublished)
                .map(review -> feedback(review, lang));
    }

    private PublishedReview feedback(Review review, String lang) {
        Set<String> ids = new LinkedHashSet<>(review.added());
        ids.addAll(review.removed());
        Map<String, StrategyLink> titles = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            guide.current().cards(ids, lang)
                    .forEach((id, card) -> titles.put(id, new StrategyLink(id, card.title(), card.url())));
        }
        List<PublishedReview.DimensionFeedback> dimensions = review.dimensions().stream()
                .map(n -> new PublishedReview.DimensionFeedback(n.dimension(), n.score(), n.commentHtml())).toList();
        String mentor = accounts.findById(review.getUpdatedBy()).map(UserAccount::getDisplayName).orElse(null);
        return new PublishedReview(review.getVerdict(), review.overall().html(), dimensions,
                links(review.added(), titles), links(review.removed(), titles), mentor, review.getPublishedAt(),
                review.getUpdatedAt());
    }

    private static List<StrategyLink> links(List<String> ids, Map<String, StrategyLink> titles) {
        return ids.stream()
                .map(id -> titles.getOrDefault(id, new StrategyLink(id, id, EntryKind.STRATEGY.url(id)))).toList();
    }
}
