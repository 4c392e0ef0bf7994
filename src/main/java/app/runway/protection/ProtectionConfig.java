package app.runway.protection;

import java.util.Map;

import app.runway.audit.AuditLog;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Wires the guards: the size and error filters around everything, the rate limit inside security. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProtectionProperties.class)
class ProtectionConfig {

    @Bean
    FilterRegistrationBean<BodySizeFilter> bodySizeFilter(ProtectionProperties properties) {
        FilterRegistrationBean<BodySizeFilter> registration = new FilterRegistrationBean<>(new BodySizeFilter(properties));
        // Before security and sessions: an oversized body costs nothing but its headers.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter(ApiProblems problems) {
        FilterRegistrationBean<ApiErrorFilter> registration = new FilterRegistrationBean<>(new ApiErrorFilter(problems));
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Added to the security chain by SecurityConfig, so not registered with the servlet container too. The
     * audit log is looked up when first needed: filters are made first at start-up, and one that needed a
     * repository would hold the start until Hibernate is ready (it is built on a second thread meanwhile).
     */
    @Bean
    RateLimitFilter rateLimitFilter(ProtectionProperties properties, ObjectProvider<AuditLog> audit) {
        return new RateLimitFilter(properties, new RateLimiter(), audit::getObject);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilterNotInContainer(RateLimitFilter filter) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** The error pages' model gets {@code retryAfter} (seconds) after a rate-limit refusal. */
    @Bean
    DefaultErrorAttributes errorAttributes() {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                Object seconds = request.getAttribute(RateLimitFilter.RETRY_AFTER_SECONDS, RequestAttributes.SCOPE_REQUEST);
                if (seconds != null) {
                    attributes.put("retryAfter", seconds);
                }
                return attributes;
            }
        };
    }
}
