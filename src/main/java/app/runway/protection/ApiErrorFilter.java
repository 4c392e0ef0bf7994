package app.runway.protection;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every error that reaches the error dispatch from under {@code /api/} (no such path, method not
 * allowed, unsupported or unacceptable media type, body too large, too many requests, a failure) is
 * answered as a problem detail instead of an HTML page or Spring's own JSON. Errors the API's
 * controllers handle themselves never get here.
 */
final class ApiErrorFilter extends OncePerRequestFilter {

    private final ApiProblems problems;

    ApiErrorFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return !(uri instanceof String path) || !path.startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (response.isCommitted()) {
            return;
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : 500;
        problems.write(request, response, code, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    }
}
