package app.runway.guide.load;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import app.runway.guide.model.EntryKind;
import app.runway.guide.model.Relation;
import com.vladsch.flexmark.util.ast.Node;

/** One entry of one language as written in its chapter file. */
final class ParsedEntry {

    /** An id named in a link key, with the line it is written on. */
    record Target(String id, int line) {
    }

    private final String id;
    private final EntryKind kind;
    private final String title;
    private final int line;
    final String summary;
    final YamlBlock box;
    final List<Node> body;
    final String bodyMarkdown;
    final Map<Relation, List<Target>> links = new EnumMap<>(Relation.class);

    ParsedEntry(String id, EntryKind kind, String title, int line, String summary, YamlBlock box, List<Node> body,
            String bodyMarkdown) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.line = line;
        this.summary = summary;
        this.box = box;
        this.body = body;
        this.bodyMarkdown = bodyMarkdown;
    }

    String id() {
        return id;
    }

    EntryKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    int line() {
        return line;
    }

    String text(String key) {
        return box.get(key).map(YamlBlock.Value::text).filter(s -> !s.isEmpty()).orElse(null);
    }

    List<String> list(String key) {
        return box.get(key).map(YamlBlock.Value::list).orElse(List.of());
    }
}
