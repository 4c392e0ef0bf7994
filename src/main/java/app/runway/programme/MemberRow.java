package app.runway.programme;

import java.time.Instant;

/** A programme's member as its pages list them. */
record MemberRow(Long userId, String name, String email, ProgrammeMember.Role role, Instant joinedAt) {

    public boolean isMentor() {
        return role == ProgrammeMember.Role.MENTOR;
    }
}
