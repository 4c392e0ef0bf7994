package app.runway.founder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Which of a founder's assessments are of the same startup: a re-take belongs with the assessment
 * it re-takes, and assessments with the same startup name (ignoring case and spacing) belong
 * together, so that a startup renamed in a re-take keeps its history. Plain logic, no Spring.
 */
final class Startups {

    private Startups() {
    }

    /**
     * Groups items, keeping their order: groups in the order of their first item, items in the
     * order given (newest first, for the history page).
     */
    static <T> List<List<T>> group(List<T> items, Function<T, Long> id, Function<T, Long> retakeOf,
            Function<T, String> name) {
        int[] parent = new int[items.size()];
        Map<Long, Integer> byId = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            parent[i] = i;
            byId.put(id.apply(items.get(i)), i);
        }
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            Integer previous = byId.get(retakeOf.apply(item));
            if (previous != null) {
                union(parent, i, previous);
            }
            Integer sameName = byName.putIfAbsent(key(name.apply(item)), i);
            if (sameName != null) {
                union(parent, i, sameName);
            }
        }
        Map<Integer, List<T>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(items.get(i));
        }
        return List.copyOf(groups.values());
    }

    /** "Deep  Lab " and "deep lab" name the same startup. */
    static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
