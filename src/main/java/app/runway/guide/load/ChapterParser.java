package app.runway.guide.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import app.runway.guide.model.EntryKind;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Parses one chapter file: front matter, sections, entry boxes and {@code @id} links. Checks what
 * can be checked inside the file; the checks across files are {@link GuideValidator}'s.
 */
final class ChapterParser {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The front matter keys in the order of the format, so that problems come in a stable order. */
    private static final List<String> FRONT_MATTER_KEYS = List.of("id", "order", "title", "summary");
    private static final List<String> REQUIRED_FRONT_MATTER_KEYS = List.of("id", "order", "title");

    private final Parser parser;
    private final String referenceLanguage;
    /** Line numbers of the file being parsed; set by {@link #parse}, one file at a time. */
    private LineIndex lines;

    ChapterParser(Parser parser, String referenceLanguage) {
        this.parser = parser;
        this.referenceLanguage = referenceLanguage;
    }

    ParsedChapter parse(SourceFile file, Problems problems) {
        String text = file.content().replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        boolean typed = lines.length > 0 && lines[0].strip().equals("---");
        ParsedChapter chapter = new ParsedChapter(file, !typed);
        String body = text;
        if (typed) {
            int close = findClosingFence(lines);
            if (close < 0) {
                problems.add(file.path(), 1, "the front matter opened here is never closed by a line '---'");
                return chapter;
            }
            readFrontMatter(chapter, String.join("\n", List.of(lines).subList(1, close)), problems);
            // Blank out the front matter instead of cutting it, so that Markdown line numbers stay file line numbers.
            StringBuilder blanked = new StringBuilder("\n".repeat(close + 1));
            for (int i = close + 1; i < lines.length; i++) {
                blanked.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
            }
            body = blanked.toString();
        }
        Document document = parser.parse(body);
        this.lines = LineIndex.of(body);
        checkFences(document, file.path(), problems);
        collectLinks(document, chapter);
        if (typed) {
            readSections(document, chapter, problems);
        } else {
            readPlain(document, chapter);
        }
        return chapter;
    }

    private static int findClosingFence(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i;
            }
        }
        return -1;
    }

    private void readFrontMatter(ParsedChapter chapter, String yaml, Problems problems) {
        String path = chapter.path();
        Optional<YamlBlock> parsed = YamlBlock.parse(yaml, path, 2, problems);
        if (parsed.isEmpty()) {
            return;
        }
        YamlBlock block = parsed.get();
        block.values().forEach((key, value) -> {
            if (!FRONT_MATTER_KEYS.contains(key)) {
                problems.add(path, value.line(), "unknown front matter key '" + key
                        + "' (allowed: " + String.join(", ", FRONT_MATTER_KEYS) + ")");
            }
        });
        REQUIRED_FRONT_MATTER_KEYS.forEach(key -> {
            if (block.get(key).map(YamlBlock.Value::text).filter(s -> !s.isEmpty()).isEmpty()) {
                problems.add(path, block.get(key).map(YamlBlock.Value::line).orElse(1),
                        "the front matter needs '" + key + "'");
            }
        });
        // An empty id or order is already reported as missing.
        block.get("id").filter(v -> v.text() != null && !v.text().isEmpty()).ifPresent(v -> {
            chapter.id = v.text();
            chapter.idLine = v.line();
            if (!ID.matcher(chapter.id).matches()) {
                problems.add(path, v.line(), "id '" + chapter.id + "' must use lower-case letters, digits and hyphens");
            }
        });
        block.get("order").filter(v -> !"".equals(v.text())).ifPresent(v -> {
            try {
                chapter.order = Integer.parseInt(v.text());
            } catch (NumberFormatException | NullPointerException e) {
                problems.add(path, v.line(), "order must be a whole number, not '" + v.value() + "'");
            }
        });
        chapter.title = block.get("title").map(YamlBlock.Value::text).orElse(null);
        chapter.summary = block.get("summary").map(YamlBlock.Value::text).orElse(null);
    }

    private void checkFences(Document document, String path, Problems problems) {
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()) {
                problems.add(path, lines.line(fence),
                        "this code block is never closed: add a line with " + fence.getOpeningMarker());
            }
        }
    }

    private void collectLinks(Document document, ParsedChapter chapter) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link && link.getUrl().startsWith("@")) {
                chapter.links.add(new ParsedChapter.LinkUse(link.getUrl().subSequence(1).toString(),
                        lines.line(link)));
            }
        }
    }

    private void readSections(Document document, ParsedChapter chapter, Problems problems) {
        String path = chapter.path();
        List<Node> current = new ArrayList<>();
        Heading currentHeading = null;
        int previousLevel = 1;
        int position = 0;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                int line = lines.line(heading);
                if (heading.getLevel() == 1) {
                    problems.add(path, line, "a chapter with front matter takes its title from the front matter:"
                            + " use '##' for sections, not '#'");
                } else if (heading.getLevel() > previousLevel + 1) {
                    problems.add(path, line, "heading level jumps from " + previousLevel + " to "
                            + heading.getLevel() + ": use '" + "#".repeat(previousLevel + 1) + "'");
                }
                previousLevel = Math.max(heading.getLevel(), 2);
                if (heading.getLevel() <= 2) {
                    addSection(chapter, position++, currentHeading, current, problems);
                    current = new ArrayList<>();
                    currentHeading = heading;
                    continue;
                }
            } else if (isEntryBox(node) && !(node.getPrevious() instanceof Heading h && h.getLevel() == 2)) {
                problems.add(path, lines.line(node),
                        "an entry box must come right after a level-2 heading ('## Title')");
                continue;
            }
            current.add(node);
        }
        addSection(chapter, position, currentHeading, current, problems);
    }

    private void addSection(ParsedChapter chapter, int position, Heading heading, List<Node> nodes, Problems problems) {
        if (heading == null) {
            if (!nodes.isEmpty()) {
                chapter.sections.add(new ParsedChapter.Section(0, null, 1, nodes, null));
            }
            return;
        }
        String title = plainText(heading);
        int line = lines.line(heading);
        ParsedEntry entry = null;
        if (!nodes.isEmpty() && isEntryBox(nodes.get(0))) {
            FencedCodeBlock box = (FencedCodeBlock) nodes.remove(0);
            entry = readEntry(chapter, title, line, box, nodes, problems);
            if (entry != null) {
                chapter.entries.add(entry);
            }
        }
        chapter.sections.add(new ParsedChapter.Section(position, title, line, nodes, entry));
    }

    private ParsedEntry readEntry(ParsedChapter chapter, String title, int headingLine, FencedCodeBlock box,
            List<Node> body, Problems problems) {
        String path = chapter.path();
        int firstLine = lines.line(box) + 1;
        Optional<YamlBlock> parsed = YamlBlock.parse(box.getContentChars().toString(), path, firstLine, problems);
        if (parsed.isEmpty()) {
            return null;
        }
        YamlBlock block = parsed.get();
        String id = block.get("id").map(YamlBlock.Value::text).orElse(null);
        String kindCode = block.get("kind").map(YamlBlock.Value::text).orElse(null);
        if (id == null || id.isEmpty()) {
            problems.add(path, firstLine, "the entry box needs 'id'");
            return null;
        }
        if (!ID.matcher(id).matches()) {
            problems.add(path, block.get("id").get().line(),
                    "id '" + id + "' must use lower-case letters, digits and hyphens");
        }
        if (kindCode == null || kindCode.isEmpty()) {
            problems.add(path, firstLine, "the entry box needs 'kind'");
            return null;
        }
        Optional<EntryKind> kind = EntryKind.fromCode(kindCode);
        if (kind.isEmpty()) {
            problems.add(path, block.get("kind").get().line(), "unknown kind '" + kindCode + "' (allowed: "
                    + String.join(", ", java.util.Arrays.stream(EntryKind.values()).map(EntryKind::code).toList()) + ")");
            return null;
        }
        boolean reference = chapter.lang().equals(referenceLanguage);
        checkKeys(block, kind.get(), reference, path, problems);
        String markdown = body.isEmpty() ? ""
                : body.get(0).getDocument().getChars()
                        .subSequence(body.get(0).getStartOffset(), body.get(body.size() - 1).getEndOffset())
                        .toString().strip();
        ParsedEntry entry = new ParsedEntry(id, kind.get(), title, headingLine,
                block.get("summary").map(YamlBlock.Value::text).orElse(""), block, body, markdown);
        if (reference) {
            EntrySchema.keys(kind.get()).values().stream().filter(k -> k.relation() != null).forEach(key ->
                    block.get(key.name()).ifPresent(v -> entry.links.put(key.relation(),
                            v.list().stream().map(t -> new ParsedEntry.Target(t, v.line())).toList())));
        }
        return entry;
    }

    private void checkKeys(YamlBlock block, EntryKind kind, boolean reference, String path, Problems problems) {
        Map<String, EntrySchema.Key> keys = EntrySchema.keys(kind);
        block.values().forEach((name, value) -> {
            EntrySchema.Key key = keys.get(name);
            if (key == null) {
                problems.add(path, value.line(), "unknown key '" + name + "' for a " + kind.code()
                        + " (allowed: " + String.join(", ", keys.keySet()) + ")");
            } else if (key.ref() && !reference) {
                problems.add(path, value.line(), "'" + name + "' belongs in the " + referenceLanguage
                        + " file only: it is the same in every language");
            } else if (!(key.required() && value.list().isEmpty())) { // an empty required value is reported below
                checkValue(key, value, path, problems);
            }
        });
        keys.values().stream()
                .filter(k -> k.required() && (reference || !k.ref()))
                .filter(k -> block.get(k.name()).map(v -> v.list().isEmpty()).orElse(true))
                .forEach(k -> problems.add(path,
                        block.get(k.name()).map(YamlBlock.Value::line).orElse(block.firstLine() - 1),
                        "a " + kind.code() + " needs '" + k.name() + "'"));
    }

    private static void checkValue(EntrySchema.Key key, YamlBlock.Value value, String path, Problems problems) {
        String text = value.text();
        switch (key.type()) {
            case CODE -> {
                if (text == null || !key.allowed().contains(text)) {
                    problems.add(path, value.line(), "'" + key.name() + "' must be one of "
                            + String.join(", ", key.allowed().stream().sorted().toList()) + ", not '" + value.value() + "'");
                }
            }
            case YEAR -> {
                if (text == null || !text.matches("(19|20)\\d\\d")) {
                    problems.add(path, value.line(), "'" + key.name() + "' must be a year such as 2015");
                }
            }
            case COUNTRY -> {
                if (text == null || !text.matches("[a-z]{2}")) {
                    problems.add(path, value.line(), "'" + key.name() + "' must be a two-letter country code such as us");
                }
            }
            case TEXT -> {
                if (text == null) {
                    problems.add(path, value.line(), "'" + key.name() + "' must be a single value, not a list");
                }
            }
            case TEXT_LIST, ID_LIST -> {
                // a single value is read as a list of one
            }
        }
    }

    private static void readPlain(Document document, ParsedChapter chapter) {
        List<Node> nodes = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (chapter.title == null && node instanceof Heading heading) {
                chapter.title = plainText(heading);
                continue; // the page shows the title already
            }
            nodes.add(node);
        }
        String base = chapter.source.name().replaceFirst("\\.md$", "");
        chapter.id = base.replaceFirst("^[0-9]+[-_ ]*", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (chapter.id.isEmpty()) {
            chapter.id = "chapter-" + base.replaceAll("[^0-9]", "");
        }
        if (chapter.title == null) {
            chapter.title = base;
        }
        chapter.order = Integer.MAX_VALUE;
        chapter.sections.add(new ParsedChapter.Section(0, null, 1, nodes, null));
    }

    private static boolean isEntryBox(Node node) {
        return node instanceof FencedCodeBlock fence && fence.getInfo().toString().strip().equals("entry");
    }

    /**
     * The words of a node without markup. Written by hand because flexmark's TextCollectingVisitor
     * trips over its own length assertion on some documents when assertions are on.
     */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString().replaceAll("[ \\t]+", " ").replaceAll("\\s*\n\\s*", "\n").strip();
    }

    private static void appendText(Node node, StringBuilder text) {
        if (node instanceof Text) {
            text.append(node.getChars());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendText(child, text);
        }
        if (node instanceof Block) {
            text.append('\n');
        } else if (node instanceof com.vladsch.flexmark.ext.tables.TableCell) {
            text.append(' ');
        }
    }
}
