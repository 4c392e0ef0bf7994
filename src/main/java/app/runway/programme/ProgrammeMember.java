package app.runway.programme;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A mentor or founder in a programme. */
@Entity
@Table(name = "programme_member")
class ProgrammeMember {

    enum Role {
        MENTOR, FOUNDER
    }

    @Id
    @GeneratedValue(generator = "programme_member_seq")
    @SequenceGenerator(name = "programme_member_seq", sequenceName = "programme_member_seq", allocationSize = 50)
    private Long id;

    private Long programmeId;
    private Long userId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Instant joinedAt;

    protected ProgrammeMember() {
    }

    ProgrammeMember(Long programmeId, Long userId, Role role, Instant now) {
        this.programmeId = programmeId;
        this.userId = userId;
        this.role = role;
        this.joinedAt = now;
    }

    Long getProgrammeId() {
        return programmeId;
    }

    Long getUserId() {
        return userId;
    }

    Role getRole() {
        return role;
    }
}
