package app.runway.assessment.api;

import java.util.List;

import app.runway.assessment.api.InvalidRequestException.FieldProblem;
import app.runway.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Answers the API's errors as problem details (RFC 9457) instead of the HTML error pages: 400
 * with an {@code errors} list naming every field at fault, 404 for an unknown token, and Spring
 * MVC's own errors (415, 405...) through {@link ResponseEntityExceptionHandler}. Scoped to this
 * package, and ahead of any application-wide advice.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler
    ProblemDetail invalid(InvalidRequestException e) {
        return badRequest(e.problems());
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + e.getMessage() + " with this token.");
    }

    /** Never the exception's message: it may say more about the server than a client should know. */
    @ExceptionHandler
    ProblemDetail failed(Exception e) {
        log.error("API request failed", e);
        return ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /** Malformed JSON (or none where a body is required): the parser's position helps the client find it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String message = "is not valid JSON";
        if (e.getCause() instanceof JacksonException parse) {
            message = "is not valid JSON: " + parse.getOriginalMessage() + at(parse.getLocation());
        }
        return ResponseEntity.badRequest().body(badRequest(List.of(new FieldProblem("body", message))));
    }

    private static String at(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static ProblemDetail badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.size() == 1 ? "1 field is at fault; see errors." : problems.size() + " fields are at fault; see errors.");
        problem.setProperty("errors", problems);
        return problem;
    }
}
