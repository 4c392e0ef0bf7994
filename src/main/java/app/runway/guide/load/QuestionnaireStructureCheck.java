package app.runway.guide.load;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.runway.guide.load.QuestionnaireParser.Boxed;
import app.runway.guide.load.QuestionnaireParser.DimensionFile;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Stage;

/**
 * The shape of one language's questionnaire: known and unique dimensions, weights per stage,
 * unique question ids and well-formed options. Scores and weights are checked in the reference
 * language only, the one that carries them.
 */
final class QuestionnaireStructureCheck {

    private final String reference;
    private final Problems problems;

    QuestionnaireStructureCheck(String reference, Problems problems) {
        this.reference = reference;
        this.problems = problems;
    }

    void check(String lang, QuestionnaireParser.Parsed parsed) {
        checkDimensions(lang, parsed);
        checkQuestionIds(parsed);
        checkOptions(lang, parsed);
    }

    private void checkDimensions(String lang, QuestionnaireParser.Parsed parsed) {
        Map<String, DimensionFile> seen = new HashMap<>();
        for (DimensionFile file : parsed.dimensions) {
            if (file.dimension() == null) {
                continue;
            }
            if (!Questionnaire.DIMENSION_IDS.contains(file.dimension())) {
                problems.add(file.path(), file.line(), "unknown dimension '" + file.dimension() + "' (allowed: "
                        + String.join(", ", Questionnaire.DIMENSION_IDS) + ")");
            } else if (seen.putIfAbsent(file.dimension(), file) != null) {
                problems.add(file.path(), file.line(), "dimension '" + file.dimension() + "' is already defined in "
                        + seen.get(file.dimension()).path());
            }
            if (lang.equals(reference)) {
                checkWeights(file);
            }
        }
        if (lang.equals(reference) && parsed.firstPath != null) {
            Questionnaire.DIMENSION_IDS.stream().filter(d -> !seen.containsKey(d)).forEach(d ->
                    problems.add(parsed.firstPath, 1, "the questionnaire has no '" + d + "' dimension"));
        }
    }

    private void checkWeights(DimensionFile file) {
        file.frontMatter().get("weights").ifPresent(value -> {
            Map<String, String> weights = value.map();
            for (Stage stage : Stage.values()) {
                String weight = weights.get(stage.id());
                if (weight == null) {
                    problems.add(file.path(), value.line(), "weights need a number for the stage '" + stage.id() + "'");
                } else if (!weight.matches("\\d+(\\.\\d+)?") || Double.parseDouble(weight) > 5) {
                    problems.add(file.path(), value.line(), "the weight for '" + stage.id()
                            + "' must be a number from 0 to 5, not '" + weight + "'");
                }
            }
            weights.keySet().stream().filter(k -> Stage.fromId(k).isEmpty()).forEach(k ->
                    problems.add(file.path(), value.line(), "unknown stage '" + k + "' in weights"));
        });
    }

    private void checkQuestionIds(QuestionnaireParser.Parsed parsed) {
        Map<String, Boxed> seen = new HashMap<>();
        for (Boxed question : parsed.orderedQuestions()) {
            Boxed first = seen.putIfAbsent(question.id(), question);
            if (first != null) {
                problems.add(question.path(), question.line(), "duplicate question id '" + question.id()
                        + "' (first used at " + first.path() + ":" + first.line() + ")");
            }
        }
    }

    private void checkOptions(String lang, QuestionnaireParser.Parsed parsed) {
        boolean ref = lang.equals(reference);
        for (Boxed question : parsed.orderedQuestions()) {
            List<String> options = question.list("options");
            int line = question.lineOf("options");
            if (options.size() < 2) {
                problems.add(question.path(), line, "a question needs at least two options");
            }
            Set<String> ids = new LinkedHashSet<>();
            for (String option : options) {
                String[] parts = option.split("\\|", ref ? 3 : 2);
                String expected = ref ? "'option-id | score | label'" : "'option-id | label'";
                if (parts.length != (ref ? 3 : 2) || parts[parts.length - 1].isBlank()) {
                    problems.add(question.path(), line, "option '" + option + "' must be written as " + expected);
                    continue;
                }
                String id = parts[0].strip();
                if (!ChapterParser.ID.matcher(id).matches() || id.equals(Questionnaire.UNKNOWN)) {
                    problems.add(question.path(), line, "option id '" + id
                            + "' must use lower-case letters, digits and hyphens ('unknown' is added by Runway)");
                } else if (!ids.add(id)) {
                    problems.add(question.path(), line, "option id '" + id + "' is used twice");
                }
                if (ref && !parts[1].strip().matches("[0-3]")) {
                    problems.add(question.path(), line, "the score of option '" + id + "' must be 0, 1, 2 or 3");
                }
            }
        }
    }
}
