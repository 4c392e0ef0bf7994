package app.runway.protection;

import java.io.IOException;
import java.util.Locale;

import app.runway.system.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details for the API in the caller's language: {@code ?lang=en|zh} when given, else the
 * {@code Accept-Language} header, else English. The title and detail say what happened and what to
 * do, never how the server failed.
 */
@Component
public class ApiProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** A problem for {@code status} with its title and detail translated. */
    public ProblemDetail of(HttpStatusCode status, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(text(status, "title", locale));
        problem.setDetail(text(status, "detail", locale));
        return problem;
    }

    /** The caller's language for an API answer. */
    public static Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if ("zh".equals(lang) || "en".equals(lang)) {
            return "zh".equals(lang) ? Languages.CHINESE : Languages.ENGLISH;
        }
        return Languages.supported(request.getLocale());
    }

    /** Whether reading a body failed because it passed its size limit (see {@link BodySizeFilter}). */
    public static boolean isBodyTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeFilter.BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Writes the problem for {@code status} as the whole answer, keeping headers already set. */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String instance)
            throws IOException {
        ProblemDetail problem = of(HttpStatusCode.valueOf(status), locale(request));
        if (instance != null) {
            problem.setInstance(java.net.URI.create(instance));
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    private String text(HttpStatusCode status, String part, Locale locale) {
        String fallback = messages.getMessage("api.problem.default." + part, new Object[] {status.value()},
                locale);
        HttpStatus known = HttpStatus.resolve(status.value());
        return messages.getMessage("api.problem." + status.value() + "." + part,
                new Object[] {known == null ? status.value() : known.getReasonPhrase()}, fallback, locale);
    }
}
