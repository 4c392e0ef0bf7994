package app.runway.system;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The language of a visit: taken from {@code ?lang=en|zh} and kept in the session; before that,
 * from the browser's preferred language. Anything but Chinese is answered in English.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver() {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, Languages.supported(locale));
            }
        };
        resolver.setDefaultLocaleFunction(request -> Languages.supported(request.getLocale()));
        return resolver;
    }

    /**
     * Runway's own style sheet under a name that carries a hash of its content ({@code /css/runway-<md5>.css}),
     * so browsers keep it for a year and a changed file is a new address. Only asset links are looked up
     * (the layout asks {@code mvcResourceUrlProvider} for this one); other links are written as they are.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true).addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        // The JSON API takes ?lang per request and must not open a session for it.
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
        registry.addInterceptor(new LayoutModel());
    }
}
