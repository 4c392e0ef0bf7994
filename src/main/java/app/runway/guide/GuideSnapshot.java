package app.runway.guide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.runway.guide.GuideViews.ChapterPage;
import app.runway.guide.GuideViews.EntryCard;
import app.runway.guide.GuideViews.EntryIndex;
import app.runway.guide.GuideViews.EntryPage;
import app.runway.guide.GuideViews.Filter;
import app.runway.guide.GuideViews.Option;
import app.runway.guide.GuideViews.TocItem;
import app.runway.guide.load.LoadedGuide;
import app.runway.guide.model.EntryKind;
import app.runway.guide.model.Relation;
import app.runway.system.NotFoundException;

/**
 * The guide as its pages read it: every chapter page, entry page, index and the search index, built
 * once per language when the guide is loaded and never changed afterwards (the search index on its first
 * use, see {@link #prepareSearch()}). A reload builds a new
 * snapshot and swaps it in whole ({@link GuideSnapshots}), so a page is always drawn from one
 * revision, and no page asks the database anything.
 */
public final class GuideSnapshot {

    /** The languages the guide is written in; the first is the reference language. */
    static final List<String> LANGUAGES = List.of("en", "zh");

    private final String revision;
    private final Map<String, Shelf> shelves;
    private final SearchIndexOnFirstUse search;

    private GuideSnapshot(String revision, Map<String, Shelf> shelves, SearchIndexOnFirstUse search) {
        this.revision = revision;
        this.shelves = shelves;
        this.search = search;
    }

    /** Builds the snapshot of a loaded guide: all the work a page would otherwise do per request. */
    public static GuideSnapshot of(LoadedGuide guide) {
        Map<String, Shelf> shelves = new LinkedHashMap<>();
        Map<String, Set<String>> industriesByCase = guide.links().stream()
                .filter(l -> l.relation() == Relation.IN_INDUSTRY)
                .collect(Collectors.groupingBy(LoadedGuide.Link::sourceId, Collectors.mapping(LoadedGuide.Link::targetId,
                        Collectors.toCollection(TreeSet::new))));
        Map<String, Map<String, EntryCard>> cardsByLang = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            Map<String, EntryCard> cards = new LinkedHashMap<>();
            for (LoadedGuide.Entry entry : guide.entries()) {
                LoadedGuide.EntryText text = entry.texts().get(lang);
                if (text != null) {
                    cards.put(entry.id(), EntryCard.of(entry, text));
                }
            }
            cardsByLang.put(lang, Collections.unmodifiableMap(cards));
        }
        for (String lang : LANGUAGES) {
            shelves.put(lang, Shelf.of(guide, lang, cardsByLang, industriesByCase));
        }
        return new GuideSnapshot(guide.contentHash(), Map.copyOf(shelves), new SearchIndexOnFirstUse(guide));
    }

    /** The content hash of the guide's files: what pages are cached under and assessments scored against. */
    public String revision() {
        return revision;
    }

    /** The chapters in reading order, each in the reader's language where it exists in it. */
    public List<TocItem> tableOfContents(String lang) {
        return shelf(lang).toc();
    }

    /** A chapter page; in the other language when the chapter is not written in the reader's. */
    public ChapterPage chapter(String id, String lang) {
        ChapterPage page = shelf(lang).chapters().get(id);
        if (page == null) {
            throw new NotFoundException("chapter " + id);
        }
        return page;
    }

    public EntryPage entry(EntryKind kind, String id, String lang) {
        EntryPage page = shelf(lang).entries().get(id);
        if (page == null || page.entry().kind() != kind) {
            throw new NotFoundException(kind.code() + " " + id);
        }
        return page;
    }

    /** An entry as listed, in one language, when the guide has it. */
    public Optional<EntryCard> card(String id, String lang) {
        return Optional.ofNullable(shelf(lang).cards().get(id));
    }

    /** The entries the guide has among these ids, by id, in the guide's order; unknown ids are left out. */
    public Map<String, EntryCard> cards(Collection<String> ids, String lang) {
        Map<String, EntryCard> all = shelf(lang).cards();
        Set<String> wanted = Set.copyOf(ids);
        Map<String, EntryCard> found = new LinkedHashMap<>();
        all.forEach((id, card) -> {
            if (wanted.contains(id)) {
                found.put(id, card);
            }
        });
        return found;
    }

    /** Every entry of a kind in one language, in the guide's order. */
    public List<EntryCard> cardsOfKind(EntryKind kind, String lang) {
        return shelf(lang).byKind().getOrDefault(kind, List.of());
    }

    /**
     * Every entry of a kind, filtered: risks by category and severity, cases by country and
     * industry, trends and resources by type. Unknown filter values simply match nothing.
     */
    public EntryIndex index(EntryKind kind, Map<String, String> selected, String lang) {
        Shelf shelf = shelf(lang);
        List<EntryCard> all = shelf.byKind().getOrDefault(kind, List.of());
        List<Filter> filters = new ArrayList<>();
        List<EntryCard> shown = all;
        switch (kind) {
            case RISK -> {
                filters.add(filter("category", values(all, EntryCard::category), selected));
                filters.add(filter("severity", severities(all), selected));
                shown = matching(all, EntryCard::category, selected.get("category"));
                shown = matching(shown, EntryCard::severity, selected.get("severity"));
            }
            case TREND, RESOURCE -> {
                filters.add(filter("type", values(all, EntryCard::category), selected));
                shown = matching(all, EntryCard::category, selected.get("type"));
            }
            case CASE -> {
                filters.add(filter("country", values(all, EntryCard::country), selected));
                String industry = blankToNull(selected.get("industry"));
                filters.add(new Filter("industry", shelf.caseIndustries(), industry));
                shown = matching(all, EntryCard::country, selected.get("country"));
                if (industry != null) {
                    shown = shown.stream()
                            .filter(c -> shelf.industriesByCase().getOrDefault(c.id(), Set.of()).contains(industry))
                            .toList();
                }
            }
            default -> {
            }
        }
        if (kind == EntryKind.RISK && blankToNull(selected.get("severity")) == null) {
            shown = shown.stream().sorted(Comparator.comparingInt(GuideSnapshot::severityRank)).toList();
        }
        return new EntryIndex(kind, shown, all.size(), filters);
    }

    /** Guide pages matching the words, in any language, each listed once in the reader's language where it can. */
    public List<SearchHit> search(String words, String lang) {
        return search.get().search(words, lang);
    }

    /**
     * Builds the search index now if no search has yet. It is most of a snapshot's work (a fifth of a
     * sampled start on two cores), so a start leaves it to a background thread a few seconds after the
     * application is ready, and a reload builds it before swapping the snapshot in.
     */
    public void prepareSearch() {
        search.get();
    }

    boolean isSearchPrepared() {
        return search.index != null;
    }

    /** The search index of one revision, built once, by whichever thread needs it first. */
    private static final class SearchIndexOnFirstUse {

        private LoadedGuide guide;
        private volatile GuideSearchIndex index;

        SearchIndexOnFirstUse(LoadedGuide guide) {
            this.guide = guide;
        }

        GuideSearchIndex get() {
            GuideSearchIndex built = index;
            if (built == null) {
                synchronized (this) {
                    built = index;
                    if (built == null) {
                        built = GuideSearchIndex.of(guide);
                        index = built;
                        guide = null; // the texts are kept by the index from now on
                    }
                }
            }
            return built;
        }
    }

    private Shelf shelf(String lang) {
        Shelf shelf = shelves.get(lang);
        return shelf != null ? shelf : shelves.get(LANGUAGES.get(0));
    }

    static int severityRank(EntryCard card) {
        return switch (Objects.requireNonNullElse(card.severity(), "")) {
            case "critical" -> 0;
            case "high" -> 1;
            case "medium" -> 2;
            case "low" -> 3;
            default -> 4;
        };
    }

    private static List<String> values(List<EntryCard> cards, Function<EntryCard, String> field) {
        return cards.stream().map(field).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }

    private static List<String> severities(List<EntryCard> cards) {
        return cards.stream().sorted(Comparator.comparingInt(GuideSnapshot::severityRank)).map(EntryCard::severity)
                .filter(Objects::nonNull).distinct().toList();
    }

    private static Filter filter(String name, List<String> values, Map<String, String> selected) {
        return new Filter(name, values.stream().map(v -> new Option(v, null)).toList(), blankToNull(selected.get(name)));
    }

    private static List<EntryCard> matching(List<EntryCard> cards, Function<EntryCard, String> field, String value) {
        String wanted = blankToNull(value);
        return wanted == null ? cards : cards.stream().filter(c -> wanted.equals(field.apply(c))).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * Everything of the guide in one language.
     *
     * @param caseIndustries the industries some case study belongs to, as filter choices
     */
    private record Shelf(List<TocItem> toc, Map<String, ChapterPage> chapters, Map<String, EntryPage> entries,
            Map<String, EntryCard> cards, Map<EntryKind, List<EntryCard>> byKind,
            Map<String, Set<String>> industriesByCase, List<Option> caseIndustries) {

        static Shelf of(LoadedGuide guide, String lang, Map<String, Map<String, EntryCard>> cardsByLang,
                Map<String, Set<String>> industriesByCase) {
            Map<String, EntryCard> cards = cardsByLang.get(lang);
            Map<String, LoadedGuide.EntryText> texts = new LinkedHashMap<>();
            guide.entries().stream().filter(e -> e.texts().containsKey(lang))
                    .forEach(e -> texts.put(e.id(), e.texts().get(lang)));
            List<TocItem> toc = ShelfPages.tableOfContents(guide, lang);
            Map<String, ChapterPage> chapters = ShelfPages.chapters(guide, toc, lang, cardsByLang);
            Map<String, EntryPage> entries = ShelfPages.entries(guide, toc, cards, texts);
            Map<EntryKind, List<EntryCard>> byKind = cards.values().stream()
                    .collect(Collectors.groupingBy(EntryCard::kind, LinkedHashMap::new, Collectors.toUnmodifiableList()));
            Set<String> usedIndustries = industriesByCase.values().stream().flatMap(Set::stream)
                    .collect(Collectors.toSet());
            List<Option> caseIndustries = byKind.getOrDefault(EntryKind.INDUSTRY, List.of()).stream()
                    .filter(c -> usedIndustries.contains(c.id())).map(c -> new Option(c.id(), c.title())).toList();
            return new Shelf(toc, Map.copyOf(chapters), Map.copyOf(entries), cards,
                    Map.copyOf(byKind), industriesByCase, caseIndustries);
        }
    }
}
