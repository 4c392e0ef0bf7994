package app.runway.guide.load;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Cuts the body of a typed chapter into its introduction and level-2 sections, checking the
 * heading levels and that an entry box comes right after its section's heading.
 */
final class SectionReader {

    private final ParsedChapter chapter;
    private final LineIndex lines;
    private final EntryBoxReader entries;
    private final Problems problems;

    SectionReader(ParsedChapter chapter, LineIndex lines, EntryBoxReader entries, Problems problems) {
        this.chapter = chapter;
        this.lines = lines;
        this.entries = entries;
        this.problems = problems;
    }

    void read(Document document) {
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
                    addSection(position++, currentHeading, current);
                    current = new ArrayList<>();
                    currentHeading = heading;
                    continue;
                }
            } else if (EntryBoxReader.isEntryBox(node) && !(node.getPrevious() instanceof Heading h && h.getLevel() == 2)) {
                problems.add(path, lines.line(node),
                        "an entry box must come right after a level-2 heading ('## Title')");
                continue;
            }
            current.add(node);
        }
        addSection(position, currentHeading, current);
    }

    private void addSection(int position, Heading heading, List<Node> nodes) {
        if (heading == null) {
            if (!nodes.isEmpty()) {
                chapter.sections.add(new ParsedChapter.Section(0, null, 1, nodes, null));
            }
            return;
        }
        String title = ChapterParser.plainText(heading);
        int line = lines.line(heading);
        ParsedEntry entry = null;
        if (!nodes.isEmpty() && EntryBoxReader.isEntryBox(nodes.get(0))) {
            FencedCodeBlock box = (FencedCodeBlock) nodes.remove(0);
            entry = entries.read(title, line, box, lines.line(box) + 1, nodes);
            if (entry != null) {
                chapter.entries.add(entry);
            }
        }
        chapter.sections.add(new ParsedChapter.Section(position, title, line, nodes, entry));
    }
}
