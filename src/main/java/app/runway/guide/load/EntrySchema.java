package app.runway.guide.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.runway.guide.model.EntryKind;
import app.runway.guide.model.Relation;

/**
 * Which keys an entry box of each kind takes, which are required, which belong to the reference
 * language only ("ref" keys: facts that do not change with the language) and what values they allow.
 */
final class EntrySchema {

    enum Type { TEXT, TEXT_LIST, ID_LIST, CODE, YEAR, COUNTRY }

    record Key(String name, boolean required, boolean ref, Type type, Set<String> allowed, Relation relation) {

        static Key text(String name, boolean required) {
            return new Key(name, required, false, Type.TEXT, Set.of(), null);
        }

        static Key localList(String name) {
            return new Key(name, false, false, Type.TEXT_LIST, Set.of(), null);
        }

        static Key links(Relation relation, boolean required) {
            return new Key(relation.key(), required, true, Type.ID_LIST, Set.of(), relation);
        }

        static Key code(String name, Set<String> allowed) {
            return new Key(name, true, true, Type.CODE, allowed, null);
        }

        static Key of(String name, Type type) {
            return new Key(name, false, true, type, Set.of(), null);
        }
    }

    static final Set<String> RISK_CATEGORIES = Set.of("technical", "data", "legal", "ethical", "market",
            "business", "team", "financial", "operational", "environmental", "founder");
    static final Set<String> SEVERITIES = Set.of("low", "medium", "high", "critical");
    static final Set<String> TREND_TYPES = Set.of("technical", "market");
    static final Set<String> RESOURCE_TYPES = Set.of("framework", "data-tool", "course", "research", "report",
            "community", "funding", "policy");

    private static final List<Key> COMMON = List.of(
            Key.text("id", true),
            Key.text("kind", true),
            Key.text("summary", true),
            Key.links(Relation.RELATED, false));

    private static final Map<EntryKind, List<Key>> BY_KIND = Map.of(
            EntryKind.RISK, List.of(Key.code("category", RISK_CATEGORIES), Key.code("severity", SEVERITIES)),
            EntryKind.STRATEGY, List.of(Key.links(Relation.MITIGATES, true)),
            EntryKind.PITFALL, List.of(Key.links(Relation.AVOIDED_BY, true), Key.links(Relation.LEADS_TO, false)),
            EntryKind.CASE, List.of(Key.of("country", Type.COUNTRY), Key.of("founded", Type.YEAR),
                    Key.links(Relation.IN_INDUSTRY, false), Key.links(Relation.ILLUSTRATES, true),
                    Key.links(Relation.SHOWS_RISK, false), Key.localList("success-factors"), Key.localList("lessons")),
            EntryKind.INDUSTRY, List.of(),
            EntryKind.TREND, List.of(Key.code("type", TREND_TYPES)),
            EntryKind.CAPABILITY, List.of(),
            EntryKind.RESOURCE, List.of(Key.code("type", RESOURCE_TYPES)));

    private EntrySchema() {
    }

    /** Every key an entry of this kind may carry, by name, in the order of the format. */
    static Map<String, Key> keys(EntryKind kind) {
        Map<String, Key> keys = new LinkedHashMap<>();
        COMMON.forEach(k -> keys.put(k.name(), k));
        BY_KIND.get(kind).forEach(k -> keys.put(k.name(), k));
        return keys;
    }
}
