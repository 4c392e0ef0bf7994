package app.runway.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.runway.assessment.InvalidStateException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A mentor's review of one assessment: a score and a comment per dimension, an overall comment,
 * strategies added to or removed from the founder's report, and a verdict. Any mentor may work on
 * it; the version guards against two of them overwriting each other.
 */
@Entity
@Table(name = "review")
public class Review {

    @Id
    @GeneratedValue(generator = "review_seq")
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    private Long id;

    private Long assessmentId;

    @Enumerated(EnumType.STRING)
    private ReviewStatus status;

    /** JSON list of {@link DimensionNote}. */
    @Column(name = "dimensions")
    private String dimensionsJson;

    private String overallMarkdown;
    private String overallHtml;

    /** JSON lists of guide strategy ids. */
    @Column(name = "strategies_added")
    private String addedJson;
    @Column(name = "strategies_removed")
    private String removedJson;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    /** Mentor account ids: who started the review and who saved it last. */
    private Long createdBy;
    private Long updatedBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;

    @Version
    private long version;

    protected Review() {
    }

    Review(Long assessmentId, Long mentorId, Instant now) {
        this.assessmentId = assessmentId;
        this.status = ReviewStatus.DRAFT;
        this.dimensionsJson = "[]";
        this.addedJson = "[]";
        this.removedJson = "[]";
        this.createdBy = mentorId;
        this.updatedBy = mentorId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces what the review says. A published review stays published, so it must keep its verdict. */
    void revise(ReviewContent content, Long mentorId, Instant now) {
        if (status == ReviewStatus.PUBLISHED && content.verdict() == null) {
            throw new InvalidStateException("a published review needs a verdict");
        }
        this.dimensionsJson = ReviewJson.write(content.dimensions());
        this.overallMarkdown = content.overall().markdown();
        this.overallHtml = content.overall().html();
        this.addedJson = ReviewJson.write(content.added());
        this.removedJson = ReviewJson.write(content.removed());
        this.verdict = content.verdict();
        this.updatedBy = mentorId;
        this.updatedAt = now;
    }

    /** Shows the review to the founder. Publishing again after changes keeps the first publication date. */
    void publish(Long mentorId, Instant now) {
        if (verdict == null) {
            throw new InvalidStateException("a review is published with a verdict");
        }
        this.status = ReviewStatus.PUBLISHED;
        this.updatedBy = mentorId;
        this.updatedAt = now;
        if (publishedAt == null) {
            this.publishedAt = now;
        }
    }

    public boolean isPublished() {
        return status == ReviewStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    List<DimensionNote> dimensions() {
        return ReviewJson.notes(dimensionsJson);
    }

    Optional<DimensionNote> dimension(String id) {
        return dimensions().stream().filter(d -> d.dimension().equals(id)).findFirst();
    }

    Comment overall() {
        return new Comment(overallMarkdown, overallHtml);
    }

    List<String> added() {
        return ReviewJson.ids(addedJson);
    }

    List<String> removed() {
        return ReviewJson.ids(removedJson);
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
