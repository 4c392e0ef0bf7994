package app.runway.assessment.api;

import java.util.List;
import java.util.Locale;

import app.runway.assessment.api.InvalidRequestException.FieldProblem;
import app.runway.protection.ApiProblems;
import app.runway.system.Languages;
import app.runway.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.context.request.ServletWebRequest;
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

    /** A problem lists at most this many faults, and says how many there were. */
    static final int LISTED_FAULTS = 20;

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;

    ApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidRequestException e, HttpServletRequest request) {
        return badRequest(e.problems(), ApiProblems.locale(request));
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return problems.of(HttpStatus.NOT_FOUND, ApiProblems.locale(request));
    }

    /** Never the exception's message: it may say more about the server than a client should know. */
    @ExceptionHandler
    ProblemDetail failed(Exception e, HttpServletRequest request) {
        log.error("API request failed", e);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ApiProblems.locale(request));
    }

    /** Spring MVC's own errors (405, 415, ...) get the same translated title and detail as every other. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.of(status, locale(request));
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    /** Malformed JSON (or none where a body is required): the parser's position helps the client find it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ApiProblems.isBodyTooLarge(e)) {
            // A body sent without a length, stopped while reading at the limit.
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(problems.of(HttpStatus.CONTENT_TOO_LARGE, locale(request)));
        }
        String message = "is not valid JSON";
        if (e.getCause() instanceof JacksonException parse) {
            message = "is not valid JSON: " + parse.getOriginalMessage() + at(parse.getLocation());
        }
        return ResponseEntity.badRequest().body(badRequest(List.of(new FieldProblem("body", message)), locale(request)));
    }

    private static String at(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The first {@value #LISTED_FAULTS} faults, and their number, so that a flood of faults stays a short answer. */
    private ProblemDetail badRequest(List<FieldProblem> faults, Locale locale) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, locale);
        problem.setProperty("errorCount", faults.size());
        problem.setProperty("errors", faults.subList(0, Math.min(LISTED_FAULTS, faults.size())));
        return problem;
    }

    private static Locale locale(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? ApiProblems.locale(servlet.getRequest())
                : Languages.ENGLISH;
    }
}
