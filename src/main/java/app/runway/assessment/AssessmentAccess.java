package app.runway.assessment;

import java.util.function.BooleanSupplier;

import app.runway.account.CurrentUser;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.programme.Programmes;
import org.springframework.stereotype.Component;

/**
 * Who may open an assessment. An unclaimed one: whoever holds its private link. A claimed one:
 * its founder; mentors once it was submitted to them (to every mentor, or to a programme's mentors
 * only); admins. Everyone else is told it does not
 * exist (404), so that a token's existence leaks nothing.
 */
@Component
public class AssessmentAccess {

    private final CurrentUser currentUser;
    private final Programmes programmes;

    AssessmentAccess(CurrentUser currentUser, Programmes programmes) {
        this.currentUser = currentUser;
        this.programmes = programmes;
    }

    public boolean canView(Assessment assessment) {
        return canView(assessment.getOwnerId(), assessment.getReviewState(), assessment.getProgrammeId(),
                () -> isOwner(assessment));
    }

    /**
     * The same rule on an assessment's header, without a query for the owner, known by e-mail; a mentor
     * reading a programme's assessment costs one query for the mentor's programmes.
     */
    public boolean canView(AssessmentHeader header) {
        return canView(header.ownerId(), header.reviewState(), header.programmeId(), () -> isOwner(header));
    }

    /** Whether the reader may change it: the owner, or the link holder while unclaimed. */
    public boolean canEdit(AssessmentHeader header) {
        return header.ownerId() == null || isOwner(header);
    }

    private boolean isOwner(AssessmentHeader header) {
        return header.ownerEmail() != null && currentUser.email().map(header.ownerEmail()::equals).orElse(false);
    }

    private boolean canView(Long ownerId, ReviewState state, Long programmeId, BooleanSupplier owner) {
        if (ownerId == null) {
            return true;
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        if (currentUser.hasRole(Role.MENTOR)) {
            // A programme's submissions are for its own mentors; the open pool is for every mentor.
            return state.sharedWithMentors() && (programmeId == null || programmes.visibleTo().sees(programmeId));
        }
        return owner.getAsBoolean();
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
