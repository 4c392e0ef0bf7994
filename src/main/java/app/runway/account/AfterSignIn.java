package app.runway.account;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * Where a visitor was going when a link asked them to sign in or sign up first (an invitation to a
 * programme or a team): kept in the session, and taken back once, by the founder's start page, after
 * signing in or up. Only paths on this site are kept, so that it cannot send anyone elsewhere.
 */
public final class AfterSignIn {

    static final String ATTRIBUTE = "runway.afterSignIn";

    private AfterSignIn() {
    }

    /** @param path a path on this site, such as {@code /programmes/join?token=...} */
    public static void remember(HttpSession session, String path) {
        if (path.startsWith("/") && !path.startsWith("//")) {
            session.setAttribute(ATTRIBUTE, path);
        }
    }

    /** The path remembered, forgotten as it is taken. */
    public static Optional<String> take(HttpSession session) {
        Object path = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return Optional.ofNullable((String) path);
    }
}
