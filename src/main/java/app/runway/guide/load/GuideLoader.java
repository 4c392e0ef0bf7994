package app.runway.guide.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.runway.guide.model.EntryKind;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Turns the files of a guide into a {@link LoadedGuide}: parse every file, check the whole, then
 * render. Refuses the guide with every problem at once. Stateless and thread-safe.
 */
public final class GuideLoader {

    /** The languages of the guide; the first is the reference language that carries the "ref" keys. */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    /** Bumped when loading changes what is stored, so that an unchanged guide is still reloaded. */
    private static final String FORMAT_VERSION = "runway-guide-1";

    private final DataHolder options;
    private final Parser parser;

    public GuideLoader() {
        MutableDataSet set = new MutableDataSet();
        set.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        // No heading ids: sections get their anchors from the loader, and generating ids walks the
        // whole document again for every node rendered on its own.
        set.set(com.vladsch.flexmark.html.HtmlRenderer.GENERATE_HEADER_ID, false);
        set.set(com.vladsch.flexmark.html.HtmlRenderer.RENDER_HEADER_ID, false);
        this.options = set.toImmutable();
        this.parser = Parser.builder(options).build();
    }

    public LoadedGuide load(List<SourceFile> files) {
        Problems problems = new Problems();
        ChapterParser chapterParser = new ChapterParser(parser, LANGUAGES.get(0));
        QuestionnaireParser questionnaireParser = new QuestionnaireParser(parser, LANGUAGES.get(0));
        Map<String, QuestionnaireParser.Parsed> questionnaires = new LinkedHashMap<>();
        List<ParsedChapter> parsed = new ArrayList<>();
        for (SourceFile file : files.stream().sorted(Comparator.comparing(SourceFile::path)).toList()) {
            if (!LANGUAGES.contains(file.lang())) {
                problems.add(file.path(), 1, "unknown language folder '" + file.lang() + "' (expected "
                        + String.join(" or ", LANGUAGES) + ")");
                continue;
            }
            if (QuestionnaireParser.isQuestionnaireFile(file)) {
                questionnaireParser.parse(file, questionnaires.computeIfAbsent(file.lang(),
                        l -> new QuestionnaireParser.Parsed()), problems);
            } else {
                parsed.add(chapterParser.parse(file, problems));
            }
        }
        if (parsed.isEmpty() && problems.isEmpty()) {
            problems.add("guide", 1, "the guide has no chapter files (expected en/*.md and zh/*.md)");
        }
        new GuideValidator(LANGUAGES).validate(parsed, problems);
        Map<String, EntryKind> kinds = new LinkedHashMap<>();
        parsed.stream().filter(c -> c.lang().equals(LANGUAGES.get(0)))
                .forEach(c -> c.entries.forEach(e -> kinds.putIfAbsent(e.id(), e.kind())));
        QuestionnaireChecker checker = new QuestionnaireChecker(questionnaires, LANGUAGES.get(0), kinds, problems);
        boolean hasQuestionnaire = checker.check();
        if (!problems.isEmpty()) {
            throw new InvalidGuideException(problems.list());
        }
        return assemble(parsed, hash(files), hasQuestionnaire ? checker : null);
    }

    /** A SHA-256 over the files' names and contents (and the loader's format), independent of file order. */
    public static String hash(List<SourceFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(FORMAT_VERSION.getBytes(StandardCharsets.UTF_8));
            for (SourceFile file : files.stream().sorted(Comparator.comparing(f -> f.lang() + "/" + f.name())).toList()) {
                digest.update((file.lang() + "/" + file.name() + "\0" + file.content() + "\0")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private LoadedGuide assemble(List<ParsedChapter> parsed, String hash, QuestionnaireChecker questionnaire) {
        Map<String, List<ParsedChapter>> byId = parsed.stream()
                .sorted(Comparator.comparing((ParsedChapter c) -> c.plain)
                        .thenComparingInt(c -> c.order)
                        .thenComparing(c -> c.source.name()))
                .collect(Collectors.groupingBy(c -> c.id, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> urls = new LinkedHashMap<>();
        byId.keySet().forEach(id -> urls.put(id, "/guide/chapters/" + id));
        parsed.forEach(c -> c.entries.forEach(e -> urls.put(e.id(), e.kind().url(e.id()))));
        MarkdownRenderer renderer = new MarkdownRenderer(options, urls);

        List<LoadedGuide.Chapter> chapters = new ArrayList<>();
        Map<String, LoadedGuide.Entry> entries = new LinkedHashMap<>();
        List<LoadedGuide.Link> links = new ArrayList<>();
        int chapterPosition = 0;
        for (Map.Entry<String, List<ParsedChapter>> group : byId.entrySet()) {
            // The reference language first, whatever the file names: its entries carry the facts and the links.
            List<ParsedChapter> versions = group.getValue().stream()
                    .sorted(Comparator.comparingInt(c -> LANGUAGES.indexOf(c.lang()))).toList();
            Map<String, LoadedGuide.ChapterText> texts = new LinkedHashMap<>();
            for (ParsedChapter chapter : versions) {
                texts.put(chapter.lang(), chapterText(chapter, renderer));
                for (ParsedEntry entry : chapter.entries) {
                    LoadedGuide.Entry known = entries.computeIfAbsent(entry.id(),
                            id -> newEntry(entry, group.getKey(), entries.size(), links));
                    known.texts().put(chapter.lang(), entryText(entry, renderer));
                }
            }
            chapters.add(new LoadedGuide.Chapter(group.getKey(), chapterPosition++, versions.get(0).plain, texts));
        }
        List<LoadedGuide.Entry> entryList = List.copyOf(entries.values());
        return new LoadedGuide(hash, chapters, entryList, links,
                questionnaire == null ? null : questionnaire.build(renderer, GuideFactsBuilder.of(entryList, links)));
    }

    private static LoadedGuide.Entry newEntry(ParsedEntry entry, String chapterId, int position,
            List<LoadedGuide.Link> links) {
        // Only the reference language declares links; other languages add texts to the same entry.
        entry.links.forEach((relation, targets) -> targets.stream().map(ParsedEntry.Target::id).distinct()
                .forEach(target -> links.add(new LoadedGuide.Link(entry.id(), target, relation))));
        String category = entry.text(entry.kind() == EntryKind.RISK ? "category" : "type");
        String founded = entry.text("founded");
        return new LoadedGuide.Entry(entry.id(), entry.kind(), chapterId, position, category, entry.text("severity"),
                entry.text("country"), founded == null ? null : Integer.valueOf(founded), new LinkedHashMap<>());
    }

    private static LoadedGuide.ChapterText chapterText(ParsedChapter chapter, MarkdownRenderer renderer) {
        List<LoadedGuide.Section> sections = chapter.sections.stream().map(section -> section.entry() != null
                ? new LoadedGuide.Section(section.position(), section.anchor(), section.heading(), "",
                        section.entry().id(), "")
                : new LoadedGuide.Section(section.position(), section.anchor(), section.heading(),
                        renderer.render(section.nodes()), null, plainText(section.nodes())))
                .toList();
        return new LoadedGuide.ChapterText(chapter.title, chapter.summary, chapter.path(), sections);
    }

    private static LoadedGuide.EntryText entryText(ParsedEntry entry, MarkdownRenderer renderer) {
        return new LoadedGuide.EntryText(entry.title(), entry.summary, entry.bodyMarkdown, renderer.render(entry.body),
                plainText(entry.body), entry.list("success-factors"), entry.list("lessons"));
    }

    private static String plainText(List<Node> nodes) {
        return nodes.stream().map(ChapterParser::plainText).collect(Collectors.joining("\n"));
    }
}
