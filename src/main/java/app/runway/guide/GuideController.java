package app.runway.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.runway.guide.model.EntryKind;
import app.runway.pages.PageCache;
import app.runway.pages.PageKey;
import app.runway.system.Languages;
import app.runway.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The guide's reading pages: contents, chapters, an index per kind, one entry, search. Each page is
 * drawn from the guide snapshot in force and rendered once per revision, language and address
 * ({@link PageCache}); only the reader's own parts are filled in per request.
 */
@Controller
class GuideController {

    /** The filters each index page knows, in the order they appear in its address. */
    private static final Map<EntryKind, List<String>> FILTERS = Map.of(
            EntryKind.RISK, List.of("category", "severity"),
            EntryKind.CASE, List.of("country", "industry"),
            EntryKind.TREND, List.of("type"),
            EntryKind.RESOURCE, List.of("type"));

    /** The longest search the form lets a reader type. */
    static final int MAX_QUERY = 200;

    private final GuideSnapshots snapshots;
    private final PageCache pages;
    private final List<ReaderStatus> statuses;

    GuideController(GuideSnapshots snapshots, PageCache pages, ObjectProvider<ReaderStatus> statuses) {
        this.snapshots = snapshots;
        this.pages = pages;
        this.statuses = statuses.orderedStream().toList();
    }

    @GetMapping("/guide")
    void contents(HttpServletRequest request, HttpServletResponse response) {
        GuideSnapshot guide = snapshots.current();
        String lang = Languages.current();
        pages.serve(PageKey.of(guide.revision(), lang, "/guide"), "guide/contents",
                () -> Map.of("toc", guide.tableOfContents(lang)), null, request, response);
    }

    @GetMapping("/guide/chapters")
    String chapters() {
        return "redirect:/guide";
    }

    @GetMapping("/guide/chapters/{id}")
    void chapter(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        GuideSnapshot guide = snapshots.current();
        String lang = Languages.current();
        GuideViews.ChapterPage page = guide.chapter(id, lang);
        pages.serve(PageKey.of(guide.revision(), lang, "/guide/chapters/" + id), "guide/chapter",
                () -> Map.of("page", page), null, request, response);
    }

    @GetMapping("/guide/search")
    void search(@RequestParam(name = "q", required = false) String q, HttpServletRequest request,
            HttpServletResponse response) {
        GuideSnapshot guide = snapshots.current();
        String lang = Languages.current();
        String words = q == null ? "" : q.strip();
        if (words.codePointCount(0, words.length()) > MAX_QUERY) {
            words = words.substring(0, words.offsetByCodePoints(0, MAX_QUERY));
        }
        PageKey key = PageKey.of(guide.revision(), lang, "/guide/search");
        String searched = words;
        pages.serve(words.isEmpty() ? key : key.withParam("q", words), "guide/search",
                () -> Map.of("q", searched, "hits", guide.search(searched, lang)), null, request, response);
    }

    @GetMapping("/guide/{kind}")
    void index(@PathVariable String kind, @RequestParam Map<String, String> params, HttpServletRequest request,
            HttpServletResponse response) {
        EntryKind entryKind = kindOf(kind);
        GuideSnapshot guide = snapshots.current();
        String lang = Languages.current();
        PageKey key = PageKey.of(guide.revision(), lang, "/guide/" + entryKind.pathSegment());
        Map<String, String> selected = new LinkedHashMap<>();
        for (String filter : FILTERS.getOrDefault(entryKind, List.of())) {
            String value = GuideSnapshot.blankToNull(params.get(filter));
            if (value != null) {
                selected.put(filter, value);
                key = key.withParam(filter, value);
            }
        }
        pages.serve(key, "guide/index", () -> Map.of("index", guide.index(entryKind, selected, lang)), null, request,
                response);
    }

    @GetMapping("/guide/{kind}/{id}")
    void entry(@PathVariable String kind, @PathVariable String id, HttpServletRequest request,
            HttpServletResponse response) {
        EntryKind entryKind = kindOf(kind);
        GuideSnapshot guide = snapshots.current();
        String lang = Languages.current();
        GuideViews.EntryPage page = guide.entry(entryKind, id, lang);
        // The reader's own status, e.g. "flagged in your assessment", from whichever feature knows it.
        Optional<ReaderStatus.Status> status = statuses.stream().flatMap(s -> s.of(id, request).stream()).findFirst();
        pages.serve(PageKey.of(guide.revision(), lang, entryKind.url(id)), "guide/entry", () -> Map.of("page", page),
                status.orElse(null), request, response);
    }

    /** A new guide revision: pages of the old one will not be asked for again. */
    @EventListener
    void guidePublished(GuideSnapshots.Published published) {
        pages.retainOnly(published.revision());
    }

    private static EntryKind kindOf(String segment) {
        return EntryKind.fromPathSegment(segment).orElseThrow(() -> new NotFoundException("kind " + segment));
    }
}
