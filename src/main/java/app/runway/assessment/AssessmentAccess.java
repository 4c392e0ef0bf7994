package app.runway.assessment;

import app.runway.account.CurrentUser;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import org.springframework.stereotype.Component;

/**
 * Who may open an assessment. An unclaimed one: whoever holds its private link. A claimed one:
 * its founder; mentors once it was submitted to them; admins. Everyone else is told it does not
 * exist (404), so that a token's existence leaks nothing.
 */
@Component
public class AssessmentAccess {

    private final CurrentUser currentUser;

    AssessmentAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean canView(Assessment assessment) {
        if (assessment.getOwnerId() == null) {
            return true;
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        if (currentUser.hasRole(Role.MENTOR)) {
            return assessment.getReviewState().sharedWithMentors();
        }
        return isOwner(assessment);
    }

    /** Answering, changing the profile, submitting: the owner, or the link holder while unclaimed. */
    public boolean canEdit(Assessment assessment) {
        return assessment.getOwnerId() == null || isOwner(assessment);
    }

    public boolean isOwner(Assessment assessment) {
        return assessment.getOwnerId() != null
                && currentUser.account().map(UserAccount::getId).map(assessment.getOwnerId()::equals).orElse(false);
    }
}
