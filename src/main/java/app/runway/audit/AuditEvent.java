package app.runway.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of the audit log. Never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private Long id;

    private Instant at;
    private String actor;
    private String action;
    private String target;
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, String actor, String action, String target, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
