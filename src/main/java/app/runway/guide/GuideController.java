package app.runway.guide;

import java.util.Map;

import app.runway.guide.load.EntryKind;
import app.runway.system.Languages;
import app.runway.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The guide's reading pages: contents, chapters, an index per kind, one entry, search. */
@Controller
class GuideController {

    private final GuideReader reader;
    private final GuideSearch search;
    private final ObjectProvider<ReaderStatus> statuses;

    GuideController(GuideReader reader, GuideSearch search, ObjectProvider<ReaderStatus> statuses) {
        this.reader = reader;
        this.search = search;
        this.statuses = statuses;
    }

    @GetMapping("/guide")
    String contents(Model model) {
        model.addAttribute("toc", reader.tableOfContents(Languages.current()));
        return "guide/contents";
    }

    @GetMapping("/guide/chapters")
    String chapters() {
        return "redirect:/guide";
    }

    @GetMapping("/guide/chapters/{id}")
    String chapter(@PathVariable String id, Model model) {
        model.addAttribute("page", reader.chapter(id, Languages.current()));
        return "guide/chapter";
    }

    @GetMapping("/guide/search")
    String search(@RequestParam(name = "q", required = false) String q, Model model) {
        String words = q == null ? "" : q.strip();
        model.addAttribute("q", words);
        model.addAttribute("hits", search.search(words, Languages.current()));
        return "guide/search";
    }

    @GetMapping("/guide/{kind}")
    String index(@PathVariable String kind, @RequestParam Map<String, String> filters, Model model) {
        model.addAttribute("index", reader.index(kindOf(kind), filters, Languages.current()));
        return "guide/index";
    }

    @GetMapping("/guide/{kind}/{id}")
    String entry(@PathVariable String kind, @PathVariable String id, Model model, HttpServletRequest request) {
        model.addAttribute("page", reader.entry(kindOf(kind), id, Languages.current()));
        // The reader's own status, e.g. "flagged in your assessment", from whichever feature knows it.
        statuses.orderedStream().flatMap(s -> s.of(id, request.getSession(false)).stream()).findFirst()
                .ifPresent(status -> model.addAttribute("readerStatus", status));
        return "guide/entry";
    }

    private static EntryKind kindOf(String segment) {
        return EntryKind.fromPathSegment(segment).orElseThrow(() -> new NotFoundException("kind " + segment));
    }
}
