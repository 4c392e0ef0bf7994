package app.runway.protection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Web security. The guide is open to everyone; founders', mentors' and admins' pages need the
 * right role. Every form is protected against cross-site request forgery, except the JSON API,
 * which holds no session. Signing in changes the session id (no session fixation).
 * The content security policy allows no inline script or style, so user text can never run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RateLimitFilter rateLimits,
            ObjectProvider<LogoutHandler> onSignOut) throws Exception {
        // After the session's sign-in is known, before the sign-in form is checked.
        http.addFilterBefore(rateLimits, UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/mentor/**").hasAnyRole("MENTOR", "ADMIN")
                        .requestMatchers("/me/**", "/account/**").authenticated()
                        // Assessments behind a private link check their own access (owner, shared, token).
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").successHandler(new StartPageAfterSignIn()).permitAll())
                .logout(logout -> {
                    logout.logoutSuccessUrl("/?signedOut").permitAll();
                    // Features that keep something of the reader outside the session forget it too.
                    onSignOut.orderedStream().forEach(logout::addLogoutHandler);
                })
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .requestCache(Customizer.withDefaults());
        return http.build();
    }

    /**
     * After signing in: back to the page that asked for it, or else the start page of the role.
     * "My assessments" (/me) is for founders only; mentors and admins would be refused there.
     */
    static final class StartPageAfterSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

        @Override
        protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) {
            var roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
            if (roles.contains("ROLE_ADMIN")) {
                return "/admin";
            }
            return roles.contains("ROLE_MENTOR") ? "/mentor" : "/me";
        }
    }
}
