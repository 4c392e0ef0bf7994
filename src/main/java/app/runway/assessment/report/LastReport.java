package app.runway.assessment.report;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.guide.ReaderStatus;
import app.runway.system.NotFoundException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * The guide page status of a reader who has opened a report: whether the entry was flagged in their
 * assessment, or is recommended to them. The report leaves its token in a cookie that ends with the
 * browser session, instead of in a server session: reading a report then costs no session, and the
 * cookie grants nothing, since every use checks again that the reader may see the assessment; it is
 * set only for the founder or link holder, and signing out removes it.
 */
@Component
class LastReport implements ReaderStatus, LogoutHandler {

    static final String COOKIE = "runway-report";

    /** What a token looks like (URL-safe Base64); anything else is not looked up. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final AssessmentService assessments;

    LastReport(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /** Remembers the report just opened, unless it is the one remembered already. */
    static void remember(String token, HttpServletRequest request, HttpServletResponse response) {
        if (token.equals(remembered(request))) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Signing out forgets the report too: the next person at this browser is not told about it. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        Cookie cookie = new Cookie(COOKIE, "");
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }

    private static String remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && TOKEN.matcher(cookie.getValue()).matches()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    @Override
    public Optional<Status> of(String entryId, HttpServletRequest request) {
        String token = remembered(request);
        if (token == null) {
            return Optional.empty();
        }
        Assessment assessment;
        try {
            assessment = assessments.find(token);
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
        ReadinessResult result = assessment.result();
        if (result == null) {
            return Optional.empty();
        }
        String link = "/assessments/" + token + "/report";
        String name = assessment.profile().startupName();
        if (Stream.concat(result.flaggedRisks().stream(), result.flaggedPitfalls().stream())
                .anyMatch(f -> f.id().equals(entryId))) {
            return Optional.of(new Status("report.guideStatus.flagged", name, link));
        }
        if (result.strategies().stream().anyMatch(s -> s.id().equals(entryId))) {
            return Optional.of(new Status("report.guideStatus.recommended", name, link));
        }
        if (result.cases().stream().anyMatch(c -> c.id().equals(entryId))) {
            return Optional.of(new Status("report.guideStatus.case", name, link));
        }
        return Optional.empty();
    }
}
