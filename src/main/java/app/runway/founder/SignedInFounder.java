package app.runway.founder;

import app.runway.account.CurrentUser;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentAccess;
import app.runway.assessment.AssessmentService;
import app.runway.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The founder behind a request to these pages. Another role is refused with 403 (Spring Security
 * turns the exception into its answer: the sign-in page for visitors, 403 for mentors and
 * admins); another founder's assessment is answered 404, like one that does not exist.
 */
@Component
class SignedInFounder {

    private final CurrentUser currentUser;
    private final AssessmentService assessments;
    private final AssessmentAccess access;

    SignedInFounder(CurrentUser currentUser, AssessmentService assessments, AssessmentAccess access) {
        this.currentUser = currentUser;
        this.assessments = assessments;
        this.access = access;
    }

    boolean isFounder() {
        return currentUser.hasRole(Role.FOUNDER);
    }

    UserAccount account() {
        if (!isFounder()) {
            throw new AccessDeniedException("founders only");
        }
        return currentUser.account().orElseThrow(() -> new AccessDeniedException("no account"));
    }

    /** One of the signed-in founder's own assessments; 404 for anything else. */
    Assessment own(String token) {
        account();
        Assessment assessment = assessments.find(token);
        if (!access.isOwner(assessment)) {
            throw new NotFoundException("assessment");
        }
        return assessment;
    }
}
