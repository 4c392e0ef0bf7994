package app.runway.programme;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A way into a programme. Mailed to one address, it is used once, by whoever signs in with the link
 * (the address may differ from the account's: people have several). Without an address it is a join
 * link handed out by the mentor, used by many until it expires or is withdrawn.
 */
@Entity
@Table(name = "programme_invitation")
class ProgrammeInvitation {

    @Id
    @GeneratedValue(generator = "programme_invitation_seq")
    @SequenceGenerator(name = "programme_invitation_seq", sequenceName = "programme_invitation_seq",
            allocationSize = 50)
    private Long id;

    private Long programmeId;
    private String email;
    private String tokenHash;
    private Long invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Long usedBy;
    private Instant withdrawnAt;

    /** Two people following one single-use link at once: the second commit fails. */
    @Version
    private long version;

    protected ProgrammeInvitation() {
    }

    ProgrammeInvitation(Long programmeId, String email, String tokenHash, Long invitedBy, Instant now,
            Instant expiresAt) {
        this.programmeId = programmeId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Why a link no longer works, or null when it does. */
    Refusal refusal(Instant now) {
        if (withdrawnAt != null) {
            return Refusal.WITHDRAWN;
        }
        if (isPersonal() && usedAt != null) {
            return Refusal.USED;
        }
        return now.isBefore(expiresAt) ? null : Refusal.EXPIRED;
    }

    enum Refusal {
        EXPIRED, USED, WITHDRAWN, ARCHIVED
    }

    void use(Long userId, Instant now) {
        if (isPersonal()) {
            usedAt = now;
            usedBy = userId;
        }
    }

    void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    /** Mailed to one address, so good for one use. */
    boolean isPersonal() {
        return email != null;
    }

    Long getId() {
        return id;
    }

    Long getProgrammeId() {
        return programmeId;
    }

    String getEmail() {
        return email;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getUsedAt() {
        return usedAt;
    }

    Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
