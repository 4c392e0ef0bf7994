package app.runway.guide.load;

import java.util.Map;

import app.runway.guide.model.EntryKind;
import app.runway.questionnaire.Questionnaire;

/**
 * Checks the questionnaire against itself, the other language and the guide's entries, and
 * builds the {@link Questionnaire} once it is valid. Each family of rules has its own class;
 * this one runs them in a fixed order, so that problems are always reported in the same order.
 */
final class QuestionnaireChecker {

    private final Map<String, QuestionnaireParser.Parsed> byLanguage;
    private final String reference;
    private final Map<String, EntryKind> kinds;
    private final Problems problems;

    QuestionnaireChecker(Map<String, QuestionnaireParser.Parsed> byLanguage, String reference,
            Map<String, EntryKind> kinds, Problems problems) {
        this.byLanguage = byLanguage;
        this.reference = reference;
        this.kinds = kinds;
        this.problems = problems;
    }

    /** Reports every problem; returns false when there is no questionnaire at all. */
    boolean check() {
        QuestionnaireParser.Parsed ref = byLanguage.get(reference);
        if (ref == null || ref.dimensions.isEmpty() && ref.bands.isEmpty()) {
            byLanguage.forEach((lang, p) -> {
                if (!lang.equals(reference) && p.firstPath != null) {
                    problems.add(p.firstPath, 1, "the questionnaire has no " + reference + " version");
                }
            });
            return false;
        }
        QuestionnaireStructureCheck structure = new QuestionnaireStructureCheck(reference, problems);
        byLanguage.forEach(structure::check);
        ConditionReader conditions = new ConditionReader(ref, problems);
        new QuestionReferenceCheck(kinds, conditions, problems).check(ref.orderedQuestions());
        new BandAndRuleCheck(kinds, conditions, problems).check(ref);
        LanguageComparison comparison = new LanguageComparison(ref, reference, problems);
        byLanguage.forEach((lang, other) -> {
            if (!lang.equals(reference)) {
                comparison.compare(other, lang);
            }
        });
        return true;
    }

    /** Builds the questionnaire; call only when {@link #check()} found no problem. */
    Questionnaire build(MarkdownRenderer renderer, Questionnaire.GuideFacts facts) {
        ConditionReader conditions = new ConditionReader(byLanguage.get(reference), problems);
        return new QuestionnaireBuilder(byLanguage, reference, conditions, renderer).build(facts);
    }
}
