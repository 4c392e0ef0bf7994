package app.runway.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;

/**
 * The header's account links ({@code fragments/account :: links}), rendered once per language and set of
 * roles: they differ between readers only by those and by the sign-out form's CSRF token.
 */
@Component
class AccountLinks {

    static final String VIEW = "fragments/account :: links";

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("runway-pages", "anonymousUser",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final PageRenderer renderer;
    private final Map<String, RenderedPage> rendered = new ConcurrentHashMap<>();

    AccountLinks(PageRenderer renderer) {
        this.renderer = renderer;
    }

    /** Whether the request comes from someone who is not signed in. */
    static boolean anonymous(Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
    }

    /** The links as a reader who is not signed in sees them. */
    RenderedPage forAnonymous(Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return rendered.computeIfAbsent(locale + "|anonymous", key -> renderAs(ANONYMOUS, locale, request, response));
    }

    /** The links as this reader sees them, with the CSRF slot of the sign-out form. */
    RenderedPage forReader(Authentication reader, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        if (anonymous(reader)) {
            return forAnonymous(locale, request, response);
        }
        List<String> roles = reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
        String key = locale + "|" + roles.stream().collect(Collectors.joining(","));
        return rendered.computeIfAbsent(key, k -> renderAs(reader, locale, request, response));
    }

    private RenderedPage renderAs(Authentication reader, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        SecurityContext own = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(reader));
        try {
            return RenderedPage.of(renderer.render(VIEW, Map.of(), locale, request, response, true));
        } finally {
            SecurityContextHolder.setContext(own);
        }
    }
}
