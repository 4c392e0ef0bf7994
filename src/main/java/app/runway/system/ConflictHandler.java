package app.runway.system;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Two saves of the same thing at once (a double click, two tabs): the second is answered with the
 * friendly 409 page instead of an error, and nothing is overwritten. Forms that can keep what was
 * typed handle the conflict themselves.
 */
@ControllerAdvice
class ConflictHandler {

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }
}
