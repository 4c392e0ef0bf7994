package app.runway.reliability;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every write the server answered 2xx (or the 302 that ends a successful form post), as the client
 * saw it. Only these are owed after a crash; a write whose answer never came may or may not be there.
 */
final class Acknowledged {

    /** {@code POST /api/assessments}: a whole assessment in one request. */
    record ApiSubmission(String token, String startupName, Map<String, String> answers) {
    }

    /** One questionnaire page saved with "next" in the web flow. */
    record PageSave(String token, String dimension, Map<String, String> answers) {
    }

    /** A founder's sign-up, after which the account must sign in and its audit entry must exist. */
    record SignUp(String email, String password) {
    }

    /** A mentor's review saved with checkpoint {@code sequence} in its overall comment. */
    record ReviewSave(String token, int sequence) {
    }

    final Queue<ApiSubmission> submissions = new ConcurrentLinkedQueue<>();
    final Queue<PageSave> pageSaves = new ConcurrentLinkedQueue<>();
    final Queue<SignUp> signUps = new ConcurrentLinkedQueue<>();
    final Queue<ReviewSave> reviewSaves = new ConcurrentLinkedQueue<>();

    int total() {
        return submissions.size() + pageSaves.size() + signUps.size() + reviewSaves.size();
    }

    @Override
    public String toString() {
        return submissions.size() + " API submissions, " + pageSaves.size() + " questionnaire page saves, "
                + signUps.size() + " sign-ups, " + reviewSaves.size() + " review saves";
    }
}
