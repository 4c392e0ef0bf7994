package app.runway.team;

import java.time.Instant;

import app.runway.assessment.InvalidStateException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An invitation to answer an assessment as a co-founder: to whom it was mailed, the hash of its link's
 * token, until when it can be accepted, and whether it was.
 */
@Entity
@Table(name = "team_invitation")
class Invitation {

    @Id
    @GeneratedValue(generator = "team_invitation_seq")
    @SequenceGenerator(name = "team_invitation_seq", sequenceName = "team_invitation_seq", allocationSize = 50)
    private Long id;

    private Long assessmentId;
    private String email;
    private String tokenHash;
    private Long invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Long usedBy;

    protected Invitation() {
    }

    Invitation(Long assessmentId, String email, String tokenHash, Long invitedBy, Instant now, Instant expiresAt) {
        this.assessmentId = assessmentId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Accepted by this account: the link works once. */
    void accept(Long accountId, Instant now) {
        if (!isUsable(now)) {
            throw new InvalidStateException("the invitation was used or has expired");
        }
        this.usedAt = now;
        this.usedBy = accountId;
    }


    Long getAssessmentId() {
        return assessmentId;
    }

    String getEmail() {
        return email;
    }

    Long getInvitedBy() {
        return invitedBy;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
