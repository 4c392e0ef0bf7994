package app.runway.guide.load;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.runway.guide.model.EntryKind;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Reads the {@code ```entry} boxes of one chapter file into entries, checking their keys and
 * values against {@link EntrySchema}. Links between entries are kept from the reference
 * language only, the one that carries them.
 */
final class EntryBoxReader {

    private final ParsedChapter chapter;
    private final String referenceLanguage;
    private final Problems problems;

    EntryBoxReader(ParsedChapter chapter, String referenceLanguage, Problems problems) {
        this.chapter = chapter;
        this.referenceLanguage = referenceLanguage;
        this.problems = problems;
    }

    static boolean isEntryBox(Node node) {
        return node instanceof FencedCodeBlock fence && fence.getInfo().toString().strip().equals("entry");
    }

    /**
     * The entry of a level-2 section whose first node is an entry box; null when the box cannot
     * be read far enough to know its id and kind.
     */
    ParsedEntry read(String title, int headingLine, FencedCodeBlock box, int firstLine, List<Node> body) {
        String path = chapter.path();
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
        if (!ChapterParser.ID.matcher(id).matches()) {
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
                    + String.join(", ", Arrays.stream(EntryKind.values()).map(EntryKind::code).toList()) + ")");
            return null;
        }
        boolean reference = chapter.lang().equals(referenceLanguage);
        checkKeys(block, kind.get(), reference);
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

    private void checkKeys(YamlBlock block, EntryKind kind, boolean reference) {
        String path = chapter.path();
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
                checkValue(key, value, path);
            }
        });
        keys.values().stream()
                .filter(k -> k.required() && (reference || !k.ref()))
                .filter(k -> block.get(k.name()).map(v -> v.list().isEmpty()).orElse(true))
                .forEach(k -> problems.add(path,
                        block.get(k.name()).map(YamlBlock.Value::line).orElse(block.firstLine() - 1),
                        "a " + kind.code() + " needs '" + k.name() + "'"));
    }

    private void checkValue(EntrySchema.Key key, YamlBlock.Value value, String path) {
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
}
