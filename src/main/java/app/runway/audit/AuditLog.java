package app.runway.audit;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes audit events. Each is committed on its own, so a failed action still leaves its trace. */
@Service
public class AuditLog {

    /** The actions the log knows; the admin page filters by them. */
    public enum Action {
        SIGN_IN, SIGN_IN_FAILED, ACCOUNT_LOCKED, SIGN_UP, SIGN_OUT, ACCOUNT_CREATED, ACCOUNT_DISABLED,
        ACCOUNT_ENABLED, PASSWORD_RESET, ASSESSMENT_CLAIMED, ASSESSMENT_SUBMITTED, SUBMISSION_WITHDRAWN,
        REVIEW_STARTED, REVIEW_SAVED, REVIEW_PUBLISHED, GUIDE_RELOADED, GUIDE_RELOAD_REFUSED, ASSESSMENT_RETAKEN,
        COHORT_EXPORTED, RATE_LIMITED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET_BY_LINK,
        PROGRAMME_CREATED, PROGRAMME_CHANGED, PROGRAMME_ARCHIVED, PROGRAMME_REOPENED, PROGRAMME_DELETED,
        PROGRAMME_MENTOR_ADDED, PROGRAMME_MENTOR_REMOVED, PROGRAMME_INVITED, PROGRAMME_INVITATION_WITHDRAWN,
        PROGRAMME_JOINED,
        SCORES_SHARED, SCORES_UNSHARED, TEAM_INVITED, TEAM_JOINED
    }

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, Action action, String target, String detail) {
        events.save(new AuditEvent(clock.instant(), actor == null ? "anonymous" : actor, action.name(),
                truncate(target, 200), truncate(detail, 2000)));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
