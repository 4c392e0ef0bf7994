package app.runway.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.runway.guide.GuideViews.ChapterPage;
import app.runway.guide.GuideViews.EntryCard;
import app.runway.guide.GuideViews.EntryIndex;
import app.runway.guide.GuideViews.EntryPage;
import app.runway.guide.GuideViews.Filter;
import app.runway.guide.GuideViews.LinkGroup;
import app.runway.guide.GuideViews.Option;
import app.runway.guide.GuideViews.SectionView;
import app.runway.guide.GuideViews.TocItem;
import app.runway.guide.load.EntryKind;
import app.runway.guide.load.Relation;
import app.runway.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the guide's pages from the database. Each page takes a fixed number of queries,
 * however many entries it shows.
 */
@Service
@Transactional(readOnly = true)
public class GuideReader {

    /** The order in which link groups appear on an entry page: outgoing first, then incoming. */
    private static final List<String> GROUP_ORDER = List.of(
            "out.MITIGATES", "in.MITIGATES", "out.AVOIDED_BY", "in.AVOIDED_BY", "out.LEADS_TO", "in.LEADS_TO",
            "out.ILLUSTRATES", "in.ILLUSTRATES", "out.SHOWS_RISK", "in.SHOWS_RISK", "out.IN_INDUSTRY",
            "in.IN_INDUSTRY", "RELATED");

    private final ChapterTextRepository chapterTexts;
    private final SectionRepository sections;
    private final EntryTextRepository entryTexts;
    private final LinkRepository links;

    GuideReader(ChapterTextRepository chapterTexts, SectionRepository sections, EntryTextRepository entryTexts,
            LinkRepository links) {
        this.chapterTexts = chapterTexts;
        this.sections = sections;
        this.entryTexts = entryTexts;
        this.links = links;
    }

    /** The chapters in reading order, each in the reader's language where it exists in it. */
    public List<TocItem> tableOfContents(String lang) {
        Map<String, TocItem> toc = new LinkedHashMap<>();
        for (ChapterText text : chapterTexts.findAllInOrder()) {
            String id = text.getChapter().getId();
            TocItem known = toc.get(id);
            if (known == null || (!known.lang().equals(lang) && text.getLang().equals(lang))) {
                toc.put(id, new TocItem(id, text.getTitle(), text.getSummary(), text.getChapter().isPlain(),
                        text.getLang()));
            }
        }
        return List.copyOf(toc.values());
    }

    public ChapterPage chapter(String id, String lang) {
        List<TocItem> toc = tableOfContents(lang);
        int at = indexOf(toc, id);
        TocItem chapter = toc.get(at);
        String shown = chapter.lang();
        Map<String, EntryCard> entries = entryTexts.findByChapter(id, shown).stream()
                .collect(Collectors.toMap(t -> t.getEntry().getId(), EntryCard::of));
        List<SectionView> views = sections.findByChapterIdAndLangOrderByPosition(id, shown).stream()
                .map(s -> new SectionView(s.getAnchor(), s.getHeading(), s.getHtml(),
                        s.getEntryId() == null ? null : entries.get(s.getEntryId())))
                .toList();
        return new ChapterPage(chapter, shown, !shown.equals(lang), views,
                at > 0 ? toc.get(at - 1) : null, at < toc.size() - 1 ? toc.get(at + 1) : null);
    }

    private static int indexOf(List<TocItem> toc, String id) {
        for (int i = 0; i < toc.size(); i++) {
            if (toc.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new NotFoundException("chapter " + id);
    }

    public EntryPage entry(EntryKind kind, String id, String lang) {
        EntryText text = entryTexts.findOne(id, lang)
                .filter(t -> t.getEntry().getKind() == kind)
                .orElseThrow(() -> new NotFoundException(kind.code() + " " + id));
        List<Link> touching = links.findTouching(id);
        Set<String> others = touching.stream()
                .map(l -> l.getSourceId().equals(id) ? l.getTargetId() : l.getSourceId())
                .collect(Collectors.toSet());
        Map<String, EntryCard> cards = others.isEmpty() ? Map.of() : entryTexts.findAll(others, lang).stream()
                .collect(Collectors.toMap(t -> t.getEntry().getId(), EntryCard::of));
        Map<String, List<EntryCard>> grouped = new LinkedHashMap<>();
        GROUP_ORDER.forEach(key -> grouped.put(key, new ArrayList<>()));
        for (Link link : touching) {
            boolean outgoing = link.getSourceId().equals(id);
            String key = link.getRelation() == Relation.RELATED ? "RELATED"
                    : (outgoing ? "out." : "in.") + link.getRelation().name();
            EntryCard card = cards.get(outgoing ? link.getTargetId() : link.getSourceId());
            if (card != null && grouped.get(key).stream().noneMatch(c -> c.id().equals(card.id()))) {
                grouped.get(key).add(card);
            }
        }
        List<LinkGroup> groups = grouped.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new LinkGroup("link." + e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparing(EntryCard::title)).toList()))
                .toList();
        TocItem chapter = tableOfContents(lang).stream()
                .filter(c -> c.id().equals(text.getEntry().getChapterId())).findFirst().orElse(null);
        return new EntryPage(EntryCard.of(text), text.getSuccessFactors(), text.getLessons(), chapter, groups);
    }

    /**
     * Every entry of a kind, filtered: risks by category and severity, cases by country and
     * industry, trends and resources by type. Unknown filter values simply match nothing.
     */
    public EntryIndex index(EntryKind kind, Map<String, String> selected, String lang) {
        List<EntryCard> all = entryTexts.findByKind(kind, lang).stream().map(EntryCard::of).toList();
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
                Map<String, Set<String>> industriesByCase = industriesByCase(all);
                List<Option> industries = entryTexts.findByKind(EntryKind.INDUSTRY, lang).stream()
                        .filter(t -> industriesByCase.values().stream().anyMatch(s -> s.contains(t.getEntry().getId())))
                        .map(t -> new Option(t.getEntry().getId(), t.getTitle())).toList();
                filters.add(new Filter("industry", industries, blankToNull(selected.get("industry"))));
                shown = matching(all, EntryCard::country, selected.get("country"));
                String industry = blankToNull(selected.get("industry"));
                if (industry != null) {
                    shown = shown.stream().filter(c -> industriesByCase.getOrDefault(c.id(), Set.of()).contains(industry))
                            .toList();
                }
            }
            default -> {
            }
        }
        if (kind == EntryKind.RISK && blankToNull(selected.get("severity")) == null) {
            shown = shown.stream().sorted(Comparator.comparingInt(GuideReader::severityRank)).toList();
        }
        return new EntryIndex(kind, shown, all.size(), filters);
    }

    private Map<String, Set<String>> industriesByCase(List<EntryCard> cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        return links.findTouchingAny(cases.stream().map(EntryCard::id).toList()).stream()
                .filter(l -> l.getRelation() == Relation.IN_INDUSTRY)
                .collect(Collectors.groupingBy(Link::getSourceId, Collectors.mapping(Link::getTargetId, Collectors.toSet())));
    }

    private static int severityRank(EntryCard card) {
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
        return cards.stream().sorted(Comparator.comparingInt(GuideReader::severityRank)).map(EntryCard::severity)
                .filter(Objects::nonNull).distinct().toList();
    }

    private static Filter filter(String name, List<String> values, Map<String, String> selected) {
        return new Filter(name, values.stream().map(v -> new Option(v, null)).toList(), blankToNull(selected.get(name)));
    }

    private static List<EntryCard> matching(List<EntryCard> cards, Function<EntryCard, String> field, String value) {
        String wanted = blankToNull(value);
        return wanted == null ? cards : cards.stream().filter(c -> wanted.equals(field.apply(c))).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
