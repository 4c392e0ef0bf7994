package app.runway.guide.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Parses the questionnaire's files (docs/questionnaire-format.md): dimension files with question
 * boxes, and rules.md with band and rule boxes. Checks what one file can show; the checks that
 * need the guide or the other language are {@link QuestionnaireChecker}'s.
 */
final class QuestionnaireParser {

    static final String FOLDER = "questionnaire/";
    private static final String RULES_FILE = FOLDER + "rules.md";

    /** A level-2 heading with its box: a question, a band or a rule. */
    record Boxed(String type, String id, String title, String path, int line, YamlBlock box, List<Node> body) {

        String text(String key) {
            return box.get(key).map(YamlBlock.Value::text).filter(s -> !s.isEmpty()).orElse(null);
        }

        List<String> list(String key) {
            return box.get(key).map(YamlBlock.Value::list).orElse(List.of());
        }

        int lineOf(String key) {
            return box.get(key).map(YamlBlock.Value::line).orElse(line);
        }

        /** The ids of a question's options, the part before the first '|', in their order. */
        List<String> optionIds() {
            return list("options").stream().map(o -> o.split("\\|")[0].strip()).toList();
        }
    }

    /** A dimension file of one language. */
    record DimensionFile(String path, String lang, String dimension, int line, int order, String title,
            String summary, YamlBlock frontMatter, List<Boxed> questions) {
    }

    /** Everything of one language. */
    static final class Parsed {
        final List<DimensionFile> dimensions = new ArrayList<>();
        final List<Boxed> bands = new ArrayList<>();
        final List<Boxed> rules = new ArrayList<>();
        String firstPath;

        /** The questions in the order they are asked: by dimension order, then as written. */
        List<Boxed> orderedQuestions() {
            return dimensions.stream().sorted(Comparator.comparingInt(DimensionFile::order))
                    .flatMap(d -> d.questions().stream()).toList();
        }
    }

    private static final Map<String, Set<String>> KEYS = Map.of(
            "question", Set.of("id", "options", "weak-risks", "weak-pitfalls", "strategies", "stages", "industries",
                    "if-answer"),
            "band", Set.of("id", "from"),
            "rule", Set.of("id", "flags", "when"));
    /** Keys that only the reference language carries. */
    static final Set<String> REF_KEYS = Set.of("weak-risks", "weak-pitfalls", "strategies", "stages", "industries",
            "if-answer", "from", "flags", "when", "weights");

    private final Parser parser;
    private final String referenceLanguage;
    /** Line numbers of the file being parsed; set by {@link #parse}, one file at a time. */
    private LineIndex lines;

    QuestionnaireParser(Parser parser, String referenceLanguage) {
        this.parser = parser;
        this.referenceLanguage = referenceLanguage;
    }

    static boolean isQuestionnaireFile(SourceFile file) {
        return file.name().startsWith(FOLDER);
    }

    void parse(SourceFile file, Parsed into, Problems problems) {
        if (into.firstPath == null) {
            into.firstPath = file.path();
        }
        String text = file.content().replace("\r\n", "\n").replaceFirst("^\uFEFF", "");
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(file.path(), 1, "a questionnaire file starts with front matter between '---' lines");
            return;
        }
        int close = -1;
        for (int i = 1; i < lines.length && close < 0; i++) {
            close = lines[i].strip().equals("---") ? i : -1;
        }
        if (close < 0) {
            problems.add(file.path(), 1, "the front matter opened here is never closed by a line '---'");
            return;
        }
        Optional<YamlBlock> front = YamlBlock.parse(String.join("\n", List.of(lines).subList(1, close)),
                file.path(), 2, problems);
        StringBuilder body = new StringBuilder("\n".repeat(close + 1));
        for (int i = close + 1; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        Document document = parser.parse(body.toString());
        this.lines = LineIndex.of(body);
        boolean rules = file.name().equals(RULES_FILE);
        List<Boxed> boxes = readBoxes(document, file, rules ? Set.of("band", "rule") : Set.of("question"), problems);
        if (front.isEmpty()) {
            return;
        }
        if (rules) {
            checkFrontMatter(front.get(), Set.of("title"), Set.of("title"), file, problems);
            boxes.forEach(b -> (b.type().equals("band") ? into.bands : into.rules).add(b));
        } else {
            YamlBlock fm = front.get();
            boolean reference = file.lang().equals(referenceLanguage);
            checkFrontMatter(fm, Set.of("dimension", "order", "title", "summary", "weights"),
                    reference ? Set.of("dimension", "order", "title", "weights") : Set.of("dimension", "order", "title"),
                    file, problems);
            int order = 0;
            String orderText = fm.get("order").map(YamlBlock.Value::text).orElse("0");
            try {
                order = Integer.parseInt(orderText);
            } catch (NumberFormatException e) {
                problems.add(file.path(), fm.get("order").map(YamlBlock.Value::line).orElse(1),
                        "order must be a whole number, not '" + orderText + "'");
            }
            into.dimensions.add(new DimensionFile(file.path(), file.lang(),
                    fm.get("dimension").map(YamlBlock.Value::text).orElse(null),
                    fm.get("dimension").map(YamlBlock.Value::line).orElse(1), order,
                    fm.get("title").map(YamlBlock.Value::text).orElse(""),
                    fm.get("summary").map(YamlBlock.Value::text).orElse(null), fm, boxes));
        }
    }

    private void checkFrontMatter(YamlBlock block, Set<String> allowed, Set<String> required, SourceFile file,
            Problems problems) {
        boolean reference = file.lang().equals(referenceLanguage);
        block.values().forEach((key, value) -> {
            if (!allowed.contains(key)) {
                problems.add(file.path(), value.line(), "unknown front matter key '" + key + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            } else if (!reference && REF_KEYS.contains(key)) {
                problems.add(file.path(), value.line(), "'" + key + "' belongs in the " + referenceLanguage
                        + " file only: it is the same in every language");
            }
        });
        required.stream().filter(k -> block.get(k).isEmpty()).sorted()
                .forEach(k -> problems.add(file.path(), 1, "the front matter needs '" + k + "'"));
    }

    private List<Boxed> readBoxes(Document document, SourceFile file, Set<String> types, Problems problems) {
        List<Boxed> boxes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()) {
                problems.add(file.path(), lines.line(fence),
                        "this code block is never closed: add a line with " + fence.getOpeningMarker());
            }
        }
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() != 2) {
                problems.add(file.path(), lines.line(heading),
                        "use '##' headings in questionnaire files: one per " + String.join(" or ", types));
            } else if (node instanceof Heading heading) {
                Node next = heading.getNext();
                String type = next instanceof FencedCodeBlock f ? f.getInfo().toString().strip() : null;
                if (type == null || !types.contains(type)) {
                    problems.add(file.path(), lines.line(heading), "this heading needs a "
                            + String.join(" or ", types.stream().map(t -> "```" + t).toList()) + " box right after it");
                    continue;
                }
                FencedCodeBlock fence = (FencedCodeBlock) next;
                List<Node> body = new ArrayList<>();
                for (Node n = fence.getNext(); n != null && !(n instanceof Heading); n = n.getNext()) {
                    body.add(n);
                }
                YamlBlock.parse(fence.getContentChars().toString(), file.path(), lines.line(fence) + 1,
                        problems).ifPresent(box -> {
                            checkBoxKeys(type, box, file, problems);
                            String id = box.get("id").map(YamlBlock.Value::text).orElse(null);
                            if (id == null || id.isEmpty()) {
                                problems.add(file.path(), lines.line(fence), "the " + type + " box needs 'id'");
                            } else if (!ChapterParser.ID.matcher(id).matches() || id.equals("unknown")) {
                                problems.add(file.path(), box.get("id").get().line(), "id '" + id
                                        + "' must use lower-case letters, digits and hyphens (and 'unknown' is reserved)");
                            } else {
                                boxes.add(new Boxed(type, id, ChapterParser.plainText(heading), file.path(),
                                        lines.line(heading), box, body));
                            }
                        });
            }
        }
        return boxes;
    }

    private void checkBoxKeys(String type, YamlBlock box, SourceFile file, Problems problems) {
        boolean reference = file.lang().equals(referenceLanguage);
        box.values().forEach((key, value) -> {
            if (!KEYS.get(type).contains(key)) {
                problems.add(file.path(), value.line(), "unknown key '" + key + "' for a " + type + " (allowed: "
                        + String.join(", ", KEYS.get(type).stream().sorted().toList()) + ")");
            } else if (!reference && REF_KEYS.contains(key)) {
                problems.add(file.path(), value.line(), "'" + key + "' belongs in the " + referenceLanguage
                        + " file only: it is the same in every language");
            }
        });
    }
}
