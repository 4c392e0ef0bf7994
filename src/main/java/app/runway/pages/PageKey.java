package app.runway.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.runway.system.LanguageLinks;

/**
 * What a rendered page is kept under. Two requests with equal keys get the same bytes apart from the
 * reader's own parts.
 *
 * @param revision the version of what the page shows, such as the guide's content hash; pages of other
 *                 revisions are dropped when a new one is published ({@link PageCache#retainOnly})
 * @param lang     the language the page is written in
 * @param path     the page's path
 * @param params   the query parameters that change the page, in a fixed order. The language switch is built
 *                 from them, so nothing else a reader sent can reach a page that others are served.
 * @param variant  anything else the page depends on (an assessment's version, whether the reader may edit
 *                 it), or empty
 */
public record PageKey(String revision, String lang, String path, Map<String, List<String>> params, String variant) {

    public PageKey {
        if (revision == null || lang == null || path == null || params == null || variant == null) {
            throw new IllegalArgumentException("every part of a page key is needed");
        }
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static PageKey of(String revision, String lang, String path) {
        return new PageKey(revision, lang, path, Map.of(), "");
    }

    public PageKey withParam(String name, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(params);
        more.put(name, List.of(value));
        return new PageKey(revision, lang, path, more, variant);
    }

    public PageKey withVariant(String variant) {
        return new PageKey(revision, lang, path, params, variant);
    }

    LanguageLinks languageLinks() {
        return LanguageLinks.of(path, params);
    }

    /** Approximate bytes the key holds in the cache. */
    int weight() {
        int size = revision.length() + lang.length() + path.length() + variant.length();
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            size += param.getKey().length() + param.getValue().stream().mapToInt(String::length).sum();
        }
        return 2 * size + 128;
    }
}
