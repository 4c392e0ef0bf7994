package app.runway.assessment.api;

import java.util.List;

/** A request the API refuses, with every field at fault; answered 400 by {@link ApiExceptionHandler}. */
class InvalidRequestException extends RuntimeException {

    /** One fault: {@code field} is a dotted path into the request, such as {@code profile.industry}. */
    record FieldProblem(String field, String message) {
    }

    private final transient List<FieldProblem> problems;

    InvalidRequestException(List<FieldProblem> problems) {
        super(problems.size() + " field(s) at fault");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
