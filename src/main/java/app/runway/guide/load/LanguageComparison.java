package app.runway.guide.load;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import app.runway.guide.load.QuestionnaireParser.Boxed;
import app.runway.guide.load.QuestionnaireParser.DimensionFile;

/**
 * Another language's questionnaire against the reference language's: the same dimensions in the
 * same order, the same questions in the same dimensions with the same option ids, the same bands
 * and rules. A translation may change the words, never what is asked or how it is scored.
 */
final class LanguageComparison {

    private final QuestionnaireParser.Parsed ref;
    private final String reference;
    private final Problems problems;

    LanguageComparison(QuestionnaireParser.Parsed ref, String reference, Problems problems) {
        this.ref = ref;
        this.reference = reference;
        this.problems = problems;
    }

    void compare(QuestionnaireParser.Parsed other, String lang) {
        Map<String, DimensionFile> otherDims = other.dimensions.stream().filter(d -> d.dimension() != null)
                .collect(Collectors.toMap(DimensionFile::dimension, d -> d, (a, b) -> a));
        Map<String, Boxed> otherQuestions = new HashMap<>();
        Map<String, String> otherDimensionOf = new HashMap<>();
        other.dimensions.forEach(d -> d.questions().forEach(q -> {
            otherQuestions.putIfAbsent(q.id(), q);
            otherDimensionOf.putIfAbsent(q.id(), d.dimension());
        }));
        Set<String> refIds = new LinkedHashSet<>();
        for (DimensionFile dim : ref.dimensions) {
            if (dim.dimension() != null && !otherDims.containsKey(dim.dimension())) {
                problems.add(dim.path(), dim.line(), "dimension '" + dim.dimension() + "' has no " + lang + " version");
            } else if (dim.dimension() != null && otherDims.get(dim.dimension()).order() != dim.order()) {
                DimensionFile o = otherDims.get(dim.dimension());
                problems.add(o.path(), o.line(), "dimension '" + dim.dimension() + "' has order " + o.order()
                        + " here but " + dim.order() + " in " + dim.path());
            }
            for (Boxed question : dim.questions()) {
                refIds.add(question.id());
                Boxed translated = otherQuestions.get(question.id());
                if (translated == null) {
                    problems.add(question.path(), question.line(), "question '" + question.id() + "' has no " + lang + " version");
                } else if (!Objects.equals(otherDimensionOf.get(question.id()), dim.dimension())) {
                    problems.add(translated.path(), translated.line(), "question '" + question.id()
                            + "' is in another dimension than in " + question.path());
                } else if (!question.optionIds().equals(translated.optionIds())) {
                    problems.add(translated.path(), translated.lineOf("options"), "the options of '" + question.id()
                            + "' must have the ids " + question.optionIds() + " in this order, as in " + question.path());
                }
            }
        }
        otherQuestions.values().stream().filter(q -> !refIds.contains(q.id())).forEach(q ->
                problems.add(q.path(), q.line(), "question '" + q.id() + "' has no " + reference + " version"));
        compareIds(ref.bands, other.bands, lang);
        compareIds(ref.rules, other.rules, lang);
    }

    private void compareIds(List<Boxed> refBoxes, List<Boxed> other, String lang) {
        Set<String> otherIds = other.stream().map(Boxed::id).collect(Collectors.toSet());
        Set<String> refIds = refBoxes.stream().map(Boxed::id).collect(Collectors.toSet());
        refBoxes.stream().filter(b -> !otherIds.contains(b.id())).forEach(b ->
                problems.add(b.path(), b.line(), b.type() + " '" + b.id() + "' has no " + lang + " version"));
        other.stream().filter(b -> !refIds.contains(b.id())).forEach(b ->
                problems.add(b.path(), b.line(), b.type() + " '" + b.id() + "' has no " + reference + " version"));
    }
}
