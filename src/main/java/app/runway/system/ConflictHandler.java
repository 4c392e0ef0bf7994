package app.runway.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two saves of the same thing at once (a double click, two tabs): the second is answered with the
 * friendly 409 page instead of an error, and nothing is overwritten. Forms that can keep what was
 * typed handle the conflict themselves.
 */
@ControllerAdvice
class ConflictHandler {

    /** Answered through the error pages (error/409.html), like every other status, in the reader's language. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value());
    }
}
