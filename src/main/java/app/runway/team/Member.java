package app.runway.team;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import app.runway.assessment.InvalidStateException;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A co-founder answering an assessment with its owner: their own answers, kept apart, and once submitted
 * counted in the team's. Submitted answers no longer change.
 */
@Entity
@Table(name = "assessment_member")
class Member {

    @Id
    @GeneratedValue(generator = "assessment_member_seq")
    @SequenceGenerator(name = "assessment_member_seq", sequenceName = "assessment_member_seq", allocationSize = 50)
    private Long id;

    private Long assessmentId;
    private Long userId;

    @Convert(converter = MemberAnswersConverter.class)
    private Map<String, String> answers = new LinkedHashMap<>();

    private Instant joinedAt;
    private Instant updatedAt;
    private Instant submittedAt;

    @Version
    private long version;

    protected Member() {
    }

    Member(Long assessmentId, Long userId, Instant now) {
        this.assessmentId = assessmentId;
        this.userId = userId;
        this.joinedAt = now;
        this.updatedAt = now;
    }

    /** Keeps the given answers, replacing earlier answers to the same questions. */
    void record(Map<String, String> given, Instant now) {
        if (isSubmitted()) {
            throw new InvalidStateException("submitted answers do not change");
        }
        Map<String, String> merged = new LinkedHashMap<>(answers);
        merged.putAll(given);
        this.answers = merged;
        this.updatedAt = now;
    }

    void submit(Instant now) {
        if (isSubmitted()) {
            throw new InvalidStateException("already submitted");
        }
        this.submittedAt = now;
        this.updatedAt = now;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }

    Long getId() {
        return id;
    }

    Long getAssessmentId() {
        return assessmentId;
    }

    Long getUserId() {
        return userId;
    }

    Map<String, String> getAnswers() {
        return Map.copyOf(answers);
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }
}
