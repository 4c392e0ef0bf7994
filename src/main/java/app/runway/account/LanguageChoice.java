package app.runway.account;

import java.util.Locale;

import app.runway.system.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Remembers the language a signed-in person chooses on a page ({@code ?lang=}), so that mail sent to
 * them later (an invitation accepted, feedback published) is written in it. One update, and only on the
 * rare request that changes the language. The database is reached through a provider: web slice tests,
 * which have none, load this interceptor too.
 */
@Component
class LanguageChoice implements HandlerInterceptor, WebMvcConfigurer {

    private final ObjectProvider<JdbcClient> jdbc;

    LanguageChoice(ObjectProvider<JdbcClient> jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String chosen = request.getParameter("lang");
        if (chosen != null && !chosen.isBlank()) {
            String language = Languages.code(Locale.forLanguageTag(chosen.strip()));
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            JdbcClient database = jdbc.getIfAvailable();
            if (database != null && signedIn != null && signedIn.isAuthenticated()
                    && !(signedIn instanceof AnonymousAuthenticationToken)) {
                database.sql("update app_user set language = ? where email = ? and language <> ?")
                        .params(language, signedIn.getName(), language).update();
            }
        }
        return true;
    }
}
