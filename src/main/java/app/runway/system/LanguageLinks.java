package app.runway.system;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch's targets: a page's address with {@code lang} set to each language.
 *
 * @param en the page in English
 * @param zh the page in Chinese
 */
public record LanguageLinks(String en, String zh) {

    /** Links to the page at {@code path} with these query parameters (any {@code lang} among them is replaced). */
    public static LanguageLinks of(String path, Map<String, List<String>> params) {
        return new LanguageLinks(link(path, params, "en"), link(path, params, "zh"));
    }

    private static String link(String path, Map<String, List<String>> params, String lang) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        params.forEach((name, values) -> {
            if (!name.equals("lang")) {
                link.queryParam(name, values.toArray());
            }
        });
        return link.queryParam("lang", lang).encode().build().toUriString();
    }
}
