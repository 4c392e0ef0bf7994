package app.runway.protection;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import app.runway.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a client that sends too much: sign-ins, sign-ups, password forms (admin resets, "forgot my
 * password" and setting a password by link) and anonymous assessments
 * per client address; API calls and the forms that mail someone else (invitations, submissions to a
 * programme) per signed-in account. Runs inside the security chain, after the
 * session's sign-in is known and before the sign-in form is processed. A refusal is a 429 with
 * {@code Retry-After}, answered through the error dispatch (a page, or a problem under /api), and the
 * first refusal of a burst goes to the audit log.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    /** Request attribute: seconds until the client may try again, for the error page. */
    public static final String RETRY_AFTER_SECONDS = RateLimitFilter.class.getName() + ".retryAfter";

    private static final Pattern PASSWORD_FORM = Pattern.compile("/admin/users/[^/]+/password");
    /** Forms that mail someone else: invitations to a programme or a team, a submission to a programme's mentors. */
    private static final Pattern MAILING_FORM = Pattern.compile(
            "/mentor/programmes/[^/]+/(invitations|join-links)|/assessments/[^/]+/team/invitations"
                    + "|/me/assessments/[^/]+/submit");

    private record Rule(String name, ProtectionProperties.Limit limit, String client) {
    }

    private final ProtectionProperties properties;
    private final ClientAddress addresses;
    private final RateLimiter limiter;
    /** Looked up on the first refusal: the filter is made at start-up before Hibernate is ready. */
    private final Supplier<AuditLog> audit;

    RateLimitFilter(ProtectionProperties properties, RateLimiter limiter, Supplier<AuditLog> audit) {
        this.properties = properties;
        this.addresses = new ClientAddress(properties.trustedProxies());
        this.limiter = limiter;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Rule> rule = rule(request);
        if (rule.isPresent()) {
            RateLimiter.Decision decision = limiter.acquire(rule.get().name(), rule.get().limit(), rule.get().client());
            if (!decision.allowed()) {
                refuse(request, response, rule.get(), decision);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<Rule> rule(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean post = "POST".equals(request.getMethod());
        Optional<String> account = signedIn();
        if (path.startsWith("/api/") && account.isPresent()) {
            return Optional.of(new Rule("api-account", properties.apiPerAccount(), account.get()));
        }
        if (!post) {
            return Optional.empty();
        }
        if (account.isPresent() && MAILING_FORM.matcher(path).matches()) {
            return Optional.of(new Rule("invitations", properties.invitations(), account.get()));
        }
        String address = addresses.of(request);
        if (path.equals("/login")) {
            return Optional.of(new Rule("sign-in", properties.signIn(), address));
        }
        if (path.equals("/signup")) {
            return Optional.of(new Rule("sign-up", properties.signUp(), address));
        }
        if (PASSWORD_FORM.matcher(path).matches() || path.equals("/password/forgot") || path.equals("/password/reset")) {
            return Optional.of(new Rule("password", properties.password(), address));
        }
        if (account.isEmpty() && (path.equals("/api/assessments") || path.equals("/assessments/new"))) {
            return Optional.of(new Rule("anonymous-assessments", properties.anonymousAssessments(), address));
        }
        return Optional.empty();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Rule rule,
            RateLimiter.Decision decision) throws IOException {
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        if (decision.firstRefusal()) {
            audit.get().record(signedIn().orElse(null), AuditLog.Action.RATE_LIMITED, rule.name(),
                    "client " + rule.client() + ", " + request.getMethod() + " " + request.getRequestURI());
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        request.setAttribute(RETRY_AFTER_SECONDS, seconds);
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    private static Optional<String> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
