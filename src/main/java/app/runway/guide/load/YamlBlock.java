package app.runway.guide.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A block of {@code key: value} YAML (front matter or an entry box) with the line of every key,
 * so that problems point at the line to fix. Values are strings or lists of strings; nested maps
 * are refused because the format has none.
 */
final class YamlBlock {

    /** A value and the 1-based line it is written on. */
    record Value(Object value, int line) {

        String text() {
            return value instanceof String s ? s.strip() : null;
        }

        @SuppressWarnings("unchecked")
        Map<String, String> map() {
            return value instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
        }

        @SuppressWarnings("unchecked")
        List<String> list() {
            if (value instanceof List<?> l) {
                return (List<String>) l;
            }
            String single = text();
            return single == null || single.isEmpty() ? List.of() : List.of(single);
        }
    }

    private final Map<String, Value> values;
    private final int firstLine;

    private YamlBlock(Map<String, Value> values, int firstLine) {
        this.values = values;
        this.firstLine = firstLine;
    }

    Map<String, Value> values() {
        return values;
    }

    int firstLine() {
        return firstLine;
    }

    Optional<Value> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A map of plain keys to plain values, or null when it nests further. */
    private static Map<String, String> flatMap(MappingNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode k) || !(tuple.getValueNode() instanceof ScalarNode v)) {
                return null;
            }
            map.put(k.getValue(), v.getValue().strip());
        }
        return map;
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of {@code path}.
     * Returns empty (and records the problems) when the block cannot be read.
     */
    static Optional<YamlBlock> parse(String text, String path, int firstLine, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? firstLine + e.getProblemMark().getLine() : firstLine;
            problems.add(path, line, "cannot read YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(path, firstLine, "cannot read YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new YamlBlock(Map.of(), firstLine));
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(path, firstLine, "expected lines of the form 'key: value'");
            return Optional.empty();
        }
        Map<String, Value> values = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            int line = firstLine + tuple.getKeyNode().getStartMark().getLine();
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(path, line, "expected a plain key before ':'");
                ok = false;
                continue;
            }
            String key = keyNode.getValue();
            if (values.containsKey(key)) {
                // compose() builds nodes only, so SnakeYAML's own duplicate-key check never runs: check here.
                problems.add(path, line, "duplicate key '" + key + "' (first on line " + values.get(key).line() + ")");
                continue;
            }
            Node valueNode = tuple.getValueNode();
            if (valueNode instanceof ScalarNode scalar) {
                values.put(key, new Value(scalar.getValue(), line));
            } else if (valueNode instanceof SequenceNode sequence) {
                List<String> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    if (item instanceof ScalarNode s) {
                        items.add(s.getValue().strip());
                    } else {
                        problems.add(path, firstLine + item.getStartMark().getLine(),
                                "'" + key + "' must be a list of plain values");
                        ok = false;
                    }
                }
                values.put(key, new Value(List.copyOf(items), line));
            } else if (valueNode instanceof MappingNode nested && flatMap(nested) != null) {
                values.put(key, new Value(flatMap(nested), line));
            } else {
                problems.add(path, line, "'" + key + "' must be a value or a list, not a nested block");
                ok = false;
            }
        }
        return ok ? Optional.of(new YamlBlock(values, firstLine)) : Optional.empty();
    }
}
