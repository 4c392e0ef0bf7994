package app.runway.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout needs on every page: the language in use and links to this page in each language. */
@ControllerAdvice
class LayoutModel {

    /** The language switch's targets: this same page with {@code lang} set. */
    record LanguageLinks(String en, String zh) {
    }

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        return new LanguageLinks(samePage(request, "en"), samePage(request, "zh"));
    }

    @ModelAttribute("lang")
    String lang() {
        return Languages.current();
    }

    static String samePage(HttpServletRequest request, String lang) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(forwarded != null ? forwarded.toString()
                : request.getRequestURI());
        if (forwarded == null && "GET".equals(request.getMethod())) {
            request.getParameterMap().forEach((name, values) -> {
                if (!name.equals("lang")) {
                    link.queryParam(name, (Object[]) values);
                }
            });
        }
        return link.queryParam("lang", lang).encode().build().toUriString();
    }
}
