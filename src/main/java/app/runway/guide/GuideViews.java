package app.runway.guide;

import java.util.List;

import app.runway.guide.load.LoadedGuide;
import app.runway.guide.model.EntryKind;

/** The records the guide's pages are drawn from; built in one go so that templates never touch JPA. */
public final class GuideViews {

    private GuideViews() {
    }

    /** A line of the table of contents. {@code lang} is the language the title is in. */
    public record TocItem(String id, String title, String summary, boolean plain, String lang) {

        public String url() {
            return "/guide/chapters/" + id;
        }
    }

    /** An entry as listed or shown: the facts and the words in one language. */
    public record EntryCard(String id, EntryKind kind, String title, String summary, String bodyHtml,
            String category, String severity, String country, Integer founded) {

        static EntryCard of(LoadedGuide.Entry e, LoadedGuide.EntryText text) {
            return new EntryCard(e.id(), e.kind(), text.title(), text.summary(), text.bodyHtml(), e.category(),
                    e.severity(), e.country(), e.founded());
        }

        public String url() {
            return kind.url(id);
        }
    }

    /** A part of a chapter page: prose, or an entry shown in place. */
    public record SectionView(String anchor, String heading, String html, EntryCard entry) {
    }

    /**
     * @param lang     the language the chapter is shown in
     * @param fallback true when the chapter does not exist in the reader's language
     */
    public record ChapterPage(TocItem chapter, String lang, boolean fallback, List<SectionView> sections,
            TocItem previous, TocItem next) {
    }

    /** Entries linked to the one shown, under a heading named by a message key. */
    public record LinkGroup(String messageKey, List<EntryCard> entries) {
    }

    public record EntryPage(EntryCard entry, List<String> successFactors, List<String> lessons, TocItem chapter,
            List<LinkGroup> links) {
    }

    /** A filter's choice: its value and, for industries, the title to show. */
    public record Option(String value, String title) {
    }

    public record EntryIndex(EntryKind kind, List<EntryCard> entries, int total, List<Filter> filters) {
    }

    /** One filter of an index page, with its choices and the one selected (or null). */
    public record Filter(String name, List<Option> options, String selected) {
    }
}
