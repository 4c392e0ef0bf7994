package app.runway.system;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the layout needs on every page: the language in use and links to this page in each language.
 * Added after the handler, only when a view is about to be rendered: a page served as prepared bytes
 * ({@code app.runway.pages}) pays nothing for it.
 */
class LayoutModel implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || !view.hasView() || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        view.getModelMap().putIfAbsent("lang", Languages.current());
        view.getModelMap().putIfAbsent("languageLinks", languageLinks(request));
    }

    static LanguageLinks languageLinks(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (forwarded != null) {
            return LanguageLinks.of(forwarded.toString(), Map.of());
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        if ("GET".equals(request.getMethod())) {
            request.getParameterMap().forEach((name, values) -> params.put(name, Arrays.asList(values)));
        }
        return LanguageLinks.of(request.getRequestURI(), params);
    }
}
