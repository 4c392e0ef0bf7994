package app.runway.guide.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Reads a chapter written without front matter: one section, its title from the first heading
 * (or the file name) and its id from the file name, listed after the typed chapters.
 */
final class PlainChapterReader {

    private PlainChapterReader() {
    }

    static void read(Document document, ParsedChapter chapter) {
        List<Node> nodes = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (chapter.title == null && node instanceof Heading heading) {
                chapter.title = ChapterParser.plainText(heading);
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
}
