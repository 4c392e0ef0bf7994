package app.runway.guide.load;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import app.runway.guide.load.QuestionnaireParser.Boxed;
import app.runway.guide.model.EntryKind;

/**
 * The reference language's rules.md: bands that start at distinct scores, one of them at 0 so
 * that every score falls in a band, and rules whose flags name risks or pitfalls and whose
 * conditions can be read.
 */
final class BandAndRuleCheck {

    private final Map<String, EntryKind> kinds;
    private final ConditionReader conditions;
    private final Problems problems;

    BandAndRuleCheck(Map<String, EntryKind> kinds, ConditionReader conditions, Problems problems) {
        this.kinds = kinds;
        this.conditions = conditions;
        this.problems = problems;
    }

    void check(QuestionnaireParser.Parsed ref) {
        checkBands(ref);
        ref.rules.forEach(this::checkRule);
    }

    private void checkBands(QuestionnaireParser.Parsed ref) {
        Set<Integer> starts = new LinkedHashSet<>();
        for (Boxed band : ref.bands) {
            String from = band.text("from");
            if (from == null || !from.matches("\\d{1,3}") || Integer.parseInt(from) > 100) {
                problems.add(band.path(), band.lineOf("from"), "a band needs 'from', a whole number from 0 to 100");
            } else if (!starts.add(Integer.parseInt(from))) {
                problems.add(band.path(), band.lineOf("from"), "another band already starts at " + from);
            }
        }
        if (!starts.contains(0) && ref.firstPath != null) {
            problems.add(ref.bands.isEmpty() ? ref.firstPath : ref.bands.get(0).path(), 1,
                    "the questionnaire needs a band from 0");
        }
    }

    private void checkRule(Boxed rule) {
        if (rule.list("flags").isEmpty()) {
            problems.add(rule.path(), rule.line() + 1, "a rule needs 'flags'");
        }
        for (String id : rule.list("flags")) {
            EntryKind kind = kinds.get(id);
            if (kind != EntryKind.RISK && kind != EntryKind.PITFALL) {
                problems.add(rule.path(), rule.lineOf("flags"), "'flags' must name risks or pitfalls, not '" + id + "'");
            }
        }
        if (rule.list("when").isEmpty()) {
            problems.add(rule.path(), rule.line() + 1, "a rule needs 'when'");
        }
        rule.list("when").forEach(c -> conditions.condition(c, rule.path(), rule.lineOf("when")));
    }
}
