package app.runway.guide.load;

import java.util.List;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Parses one chapter file: front matter, sections, entry boxes and {@code @id} links. Checks what
 * can be checked inside the file; the checks across files are {@link GuideValidator}'s. The front
 * matter, the sections with their entry boxes and plain chapters each have their own reader.
 */
final class ChapterParser {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Parser parser;
    private final String referenceLanguage;

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
            ChapterFrontMatter.read(chapter, String.join("\n", List.of(lines).subList(1, close)), problems);
            // Blank out the front matter instead of cutting it, so that Markdown line numbers stay file line numbers.
            StringBuilder blanked = new StringBuilder("\n".repeat(close + 1));
            for (int i = close + 1; i < lines.length; i++) {
                blanked.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
            }
            body = blanked.toString();
        }
        Document document = parser.parse(body);
        // One index per file, kept local, so that the parser holds no state between files.
        LineIndex lineIndex = LineIndex.of(body);
        checkFences(document, lineIndex, file.path(), problems);
        collectLinks(document, lineIndex, chapter);
        if (typed) {
            EntryBoxReader entries = new EntryBoxReader(chapter, referenceLanguage, problems);
            new SectionReader(chapter, lineIndex, entries, problems).read(document);
        } else {
            PlainChapterReader.read(document, chapter);
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

    private static void checkFences(Document document, LineIndex lines, String path, Problems problems) {
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()) {
                problems.add(path, lines.line(fence),
                        "this code block is never closed: add a line with " + fence.getOpeningMarker());
            }
        }
    }

    private static void collectLinks(Document document, LineIndex lines, ParsedChapter chapter) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link && link.getUrl().startsWith("@")) {
                chapter.links.add(new ParsedChapter.LinkUse(link.getUrl().subSequence(1).toString(),
                        lines.line(link)));
            }
        }
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
