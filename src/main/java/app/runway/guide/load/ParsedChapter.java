package app.runway.guide.load;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.util.ast.Node;

/** One chapter file after parsing, before the checks that need the whole guide. */
final class ParsedChapter {

    /** A link written as {@code [text](@id)} and the line it is on. */
    record LinkUse(String targetId, int line) {
    }

    /** A part of the chapter: the intro (no heading) or a level-2 section, which may be an entry. */
    record Section(int position, String heading, int line, List<Node> nodes, ParsedEntry entry) {

        String anchor() {
            return entry != null ? entry.id() : position == 0 ? null : "section-" + position;
        }
    }

    final SourceFile source;
    final boolean plain;
    String id;
    int idLine = 1;
    /** The chapter's position in the table of contents; null when the front matter gives no whole number. */
    Integer order;
    String title;
    String summary;
    final List<Section> sections = new ArrayList<>();
    final List<ParsedEntry> entries = new ArrayList<>();
    final List<LinkUse> links = new ArrayList<>();

    ParsedChapter(SourceFile source, boolean plain) {
        this.source = source;
        this.plain = plain;
    }

    String path() {
        return source.path();
    }

    String lang() {
        return source.lang();
    }
}
