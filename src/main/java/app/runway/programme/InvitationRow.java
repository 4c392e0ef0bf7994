package app.runway.programme;

import java.time.Instant;

/**
 * An invitation as the programme's page lists it.
 *
 * @param email  the address it was mailed to, or null for a join link
 * @param status {@code open}, or why it no longer works ({@code EXPIRED}, {@code USED}, {@code WITHDRAWN})
 */
record InvitationRow(Long id, String email, Instant createdAt, Instant expiresAt, String status) {

    static InvitationRow of(ProgrammeInvitation invitation, Instant now) {
        ProgrammeInvitation.Refusal refusal = invitation.refusal(now);
        return new InvitationRow(invitation.getId(), invitation.getEmail(), invitation.getCreatedAt(),
                invitation.getExpiresAt(), refusal == null ? "OPEN" : refusal.name());
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
