package app.runway.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.runway.guide.GuideViews.ChapterPage;
import app.runway.guide.GuideViews.EntryCard;
import app.runway.guide.GuideViews.EntryPage;
import app.runway.guide.GuideViews.LinkGroup;
import app.runway.guide.GuideViews.SectionView;
import app.runway.guide.GuideViews.TocItem;
import app.runway.guide.load.LoadedGuide;
import app.runway.guide.model.Relation;

/** Builds the view records of the guide's pages in one language, once per load, for {@link GuideSnapshot}. */
final class ShelfPages {

    /** The order in which link groups appear on an entry page: outgoing first, then incoming. */
    private static final List<String> GROUP_ORDER = List.of(
            "out.MITIGATES", "in.MITIGATES", "out.AVOIDED_BY", "in.AVOIDED_BY", "out.LEADS_TO", "in.LEADS_TO",
            "out.ILLUSTRATES", "in.ILLUSTRATES", "out.SHOWS_RISK", "in.SHOWS_RISK", "out.IN_INDUSTRY",
            "in.IN_INDUSTRY", "RELATED");

    private ShelfPages() {
    }

    /** The chapters in reading order, each in {@code lang} where it is written in it, else in the other language. */
    static List<TocItem> tableOfContents(LoadedGuide guide, String lang) {
        List<TocItem> toc = new ArrayList<>();
        for (LoadedGuide.Chapter chapter : guide.chapters()) {
            String shown = chapter.texts().containsKey(lang) ? lang : chapter.texts().keySet().iterator().next();
            LoadedGuide.ChapterText text = chapter.texts().get(shown);
            toc.add(new TocItem(chapter.id(), text.title(), text.summary(), chapter.plain(), shown));
        }
        return List.copyOf(toc);
    }

    /**
     * @param cardsByLang every entry as listed, per language: a chapter not written in {@code lang} shows its
     *                    entries in the language it is shown in
     */
    static Map<String, ChapterPage> chapters(LoadedGuide guide, List<TocItem> toc, String lang,
            Map<String, Map<String, EntryCard>> cardsByLang) {
        Map<String, ChapterPage> pages = new LinkedHashMap<>();
        for (int at = 0; at < toc.size(); at++) {
            TocItem item = toc.get(at);
            LoadedGuide.Chapter chapter = guide.chapters().get(at);
            String shown = item.lang();
            List<SectionView> sections = chapter.texts().get(shown).sections().stream()
                    .sorted(Comparator.comparingInt(LoadedGuide.Section::position))
                    .map(s -> new SectionView(s.anchor(), s.heading(), s.html(),
                            s.entryId() == null ? null : cardsByLang.get(shown).get(s.entryId())))
                    .toList();
            pages.put(item.id(), new ChapterPage(item, shown, !shown.equals(lang), sections,
                    at > 0 ? toc.get(at - 1) : null, at < toc.size() - 1 ? toc.get(at + 1) : null));
        }
        return pages;
    }

    /** Each entry's page: its words, its chapter, and the entries it links to or is linked from, grouped. */
    static Map<String, EntryPage> entries(LoadedGuide guide, List<TocItem> toc, Map<String, EntryCard> cards,
            Map<String, LoadedGuide.EntryText> texts) {
        Map<String, List<LoadedGuide.Link>> touching = new LinkedHashMap<>();
        for (LoadedGuide.Link link : guide.links()) {
            touching.computeIfAbsent(link.sourceId(), id -> new ArrayList<>()).add(link);
            if (!link.targetId().equals(link.sourceId())) {
                touching.computeIfAbsent(link.targetId(), id -> new ArrayList<>()).add(link);
            }
        }
        Map<String, TocItem> chapters = new LinkedHashMap<>();
        toc.forEach(item -> chapters.put(item.id(), item));
        Map<String, EntryPage> pages = new LinkedHashMap<>();
        for (LoadedGuide.Entry entry : guide.entries()) {
            EntryCard card = cards.get(entry.id());
            if (card == null) {
                continue;
            }
            LoadedGuide.EntryText text = texts.get(entry.id());
            pages.put(entry.id(), new EntryPage(card, text.successFactors(), text.lessons(),
                    chapters.get(entry.chapterId()), groups(entry.id(), touching.getOrDefault(entry.id(), List.of()), cards)));
        }
        return pages;
    }

    private static List<LinkGroup> groups(String id, List<LoadedGuide.Link> touching, Map<String, EntryCard> cards) {
        Map<String, List<EntryCard>> grouped = new LinkedHashMap<>();
        GROUP_ORDER.forEach(key -> grouped.put(key, new ArrayList<>()));
        for (LoadedGuide.Link link : touching) {
            boolean outgoing = link.sourceId().equals(id);
            String key = link.relation() == Relation.RELATED ? "RELATED"
                    : (outgoing ? "out." : "in.") + link.relation().name();
            EntryCard card = cards.get(outgoing ? link.targetId() : link.sourceId());
            if (card != null && grouped.get(key).stream().noneMatch(c -> c.id().equals(card.id()))) {
                grouped.get(key).add(card);
            }
        }
        return grouped.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new LinkGroup("link." + e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparing(EntryCard::title)).toList()))
                .toList();
    }
}
