package app.runway.support;

import java.util.List;
import java.util.function.Supplier;

import app.runway.account.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Calls a service as a signed-in person, as their own request would, outside MockMvc. The caller's security
 * context is put back afterwards.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String email, Role role, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String email, Role role, Runnable action) {
        as(email, role, () -> {
            action.run();
            return null;
        });
    }
}
