package app.runway.guide.load;

import java.util.List;
import java.util.Optional;

/** Reads and checks the front matter of a typed chapter (id, order, title, summary) into the chapter. */
final class ChapterFrontMatter {

    /** The front matter keys in the order of the format, so that problems come in a stable order. */
    private static final List<String> KEYS = List.of("id", "order", "title", "summary");
    private static final List<String> REQUIRED_KEYS = List.of("id", "order", "title");

    private ChapterFrontMatter() {
    }

    /** Reads the YAML between the '---' lines, which starts on the file's line 2. */
    static void read(ParsedChapter chapter, String yaml, Problems problems) {
        String path = chapter.path();
        Optional<YamlBlock> parsed = YamlBlock.parse(yaml, path, 2, problems);
        if (parsed.isEmpty()) {
            return;
        }
        YamlBlock block = parsed.get();
        block.values().forEach((key, value) -> {
            if (!KEYS.contains(key)) {
                problems.add(path, value.line(), "unknown front matter key '" + key
                        + "' (allowed: " + String.join(", ", KEYS) + ")");
            }
        });
        REQUIRED_KEYS.forEach(key -> {
            if (block.get(key).map(YamlBlock.Value::text).filter(s -> !s.isEmpty()).isEmpty()) {
                problems.add(path, block.get(key).map(YamlBlock.Value::line).orElse(1),
                        "the front matter needs '" + key + "'");
            }
        });
        // An empty id or order is already reported as missing.
        block.get("id").filter(v -> v.text() != null && !v.text().isEmpty()).ifPresent(v -> {
            chapter.id = v.text();
            chapter.idLine = v.line();
            if (!ChapterParser.ID.matcher(chapter.id).matches()) {
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
}
