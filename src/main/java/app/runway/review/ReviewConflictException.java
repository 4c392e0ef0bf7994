package app.runway.review;

/**
 * Another mentor saved the review after this one opened it. Nothing was written; the caller shows
 * the other version beside what this mentor typed.
 */
class ReviewConflictException extends RuntimeException {

    ReviewConflictException() {
        super("the review was saved by someone else in the meantime");
    }
}
