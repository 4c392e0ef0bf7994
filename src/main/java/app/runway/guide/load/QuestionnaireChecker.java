package app.runway.guide.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.runway.guide.load.QuestionnaireParser.Boxed;
import app.runway.guide.load.QuestionnaireParser.DimensionFile;
import app.runway.guide.model.EntryKind;
import app.runway.questionnaire.Questionnaire.Condition;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Stage;

/**
 * Checks the questionnaire against itself, the other language and the guide's entries, and
 * builds the {@link Questionnaire} once it is valid.
 */
final class QuestionnaireChecker {

    private static final Pattern SCORE_CONDITION = Pattern.compile("([a-z0-9-]+)\\s*(<=|>=|<|>)\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern ANSWER_CONDITION = Pattern.compile("([a-z0-9-]+)\\s*=\\s*([a-z0-9-]+(?:\\s*\\|\\s*[a-z0-9-]+)*)");

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
        Map<String, Integer> positions = new HashMap<>();
        List<Boxed> refQuestions = orderedQuestions(ref);
        for (int i = 0; i < refQuestions.size(); i++) {
            positions.putIfAbsent(refQuestions.get(i).id(), i);
        }
        for (Map.Entry<String, QuestionnaireParser.Parsed> language : byLanguage.entrySet()) {
            checkDimensions(language.getKey(), language.getValue());
            checkQuestionIds(language.getValue());
            checkOptions(language.getKey(), language.getValue());
        }
        refQuestions.forEach(q -> checkReferences(q, positions, ref));
        checkBands(ref);
        ref.rules.forEach(rule -> checkRule(rule, ref));
        byLanguage.forEach((lang, other) -> {
            if (!lang.equals(reference)) {
                compare(ref, other, lang);
            }
        });
        return true;
    }

    private static List<Boxed> orderedQuestions(QuestionnaireParser.Parsed parsed) {
        return parsed.dimensions.stream().sorted(Comparator.comparingInt(DimensionFile::order))
                .flatMap(d -> d.questions().stream()).toList();
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
        for (Boxed question : orderedQuestions(parsed)) {
            Boxed first = seen.putIfAbsent(question.id(), question);
            if (first != null) {
                problems.add(question.path(), question.line(), "duplicate question id '" + question.id()
                        + "' (first used at " + first.path() + ":" + first.line() + ")");
            }
        }
    }

    private void checkOptions(String lang, QuestionnaireParser.Parsed parsed) {
        boolean ref = lang.equals(reference);
        for (Boxed question : orderedQuestions(parsed)) {
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

    private void checkReferences(Boxed question, Map<String, Integer> positions, QuestionnaireParser.Parsed ref) {
        checkIds(question, "weak-risks", EntryKind.RISK);
        checkIds(question, "weak-pitfalls", EntryKind.PITFALL);
        checkIds(question, "industries", EntryKind.INDUSTRY);
        if (question.list("strategies").isEmpty()) {
            problems.add(question.path(), question.line() + 1, "a question needs 'strategies'");
        }
        checkIds(question, "strategies", EntryKind.STRATEGY);
        for (String stage : question.list("stages")) {
            if (Stage.fromId(stage).isEmpty()) {
                problems.add(question.path(), question.lineOf("stages"), "unknown stage '" + stage + "' (allowed: "
                        + String.join(", ", java.util.Arrays.stream(Stage.values()).map(Stage::id).toList()) + ")");
            }
        }
        String ifAnswer = question.text("if-answer");
        if (ifAnswer != null) {
            Condition condition = answerCondition(ifAnswer, question.path(), question.lineOf("if-answer"), ref);
            if (condition != null && positions.getOrDefault(condition.questionId(), Integer.MAX_VALUE)
                    >= positions.get(question.id())) {
                problems.add(question.path(), question.lineOf("if-answer"), "'if-answer' must name a question asked before this one");
            }
        }
    }

    private void checkIds(Boxed boxed, String key, EntryKind kind) {
        for (String id : boxed.list(key)) {
            EntryKind found = kinds.get(id);
            if (found == null) {
                problems.add(boxed.path(), boxed.lineOf(key), "'" + key + "' names unknown id '" + id + "'");
            } else if (found != kind) {
                problems.add(boxed.path(), boxed.lineOf(key), "'" + key + "' must name " + kind.code() + " entries, but '"
                        + id + "' is a " + found.code());
            }
        }
    }

    private Condition answerCondition(String text, String path, int line, QuestionnaireParser.Parsed ref) {
        Matcher matcher = ANSWER_CONDITION.matcher(text.strip());
        if (!matcher.matches()) {
            problems.add(path, line, "cannot read the condition '" + text + "': write 'question-id = option-id'"
                    + " or 'dimension < number'");
            return null;
        }
        String questionId = matcher.group(1);
        Set<String> options = java.util.Arrays.stream(matcher.group(2).split("\\|")).map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Boxed question = orderedQuestions(ref).stream().filter(q -> q.id().equals(questionId)).findFirst().orElse(null);
        if (question == null) {
            problems.add(path, line, "the condition names unknown question '" + questionId + "'");
            return null;
        }
        Set<String> known = question.list("options").stream().map(o -> o.split("\\|")[0].strip()).collect(Collectors.toSet());
        options.stream().filter(o -> !known.contains(o)).forEach(o ->
                problems.add(path, line, "question '" + questionId + "' has no option '" + o + "'"));
        return new Condition(null, null, null, questionId, options, text.strip());
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

    private void checkRule(Boxed rule, QuestionnaireParser.Parsed ref) {
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
        rule.list("when").forEach(c -> condition(c, rule.path(), rule.lineOf("when"), ref));
    }

    private Condition condition(String text, String path, int line, QuestionnaireParser.Parsed ref) {
        Matcher score = SCORE_CONDITION.matcher(text.strip());
        if (score.matches()) {
            if (!Questionnaire.DIMENSION_IDS.contains(score.group(1))) {
                problems.add(path, line, "unknown dimension '" + score.group(1) + "' in the condition '" + text + "'");
            }
            return new Condition(score.group(1), score.group(2), Double.valueOf(score.group(3)), null, null, text.strip());
        }
        return answerCondition(text, path, line, ref);
    }

    private void compare(QuestionnaireParser.Parsed ref, QuestionnaireParser.Parsed other, String lang) {
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
                } else if (!optionIds(question).equals(optionIds(translated))) {
                    problems.add(translated.path(), translated.lineOf("options"), "the options of '" + question.id()
                            + "' must have the ids " + optionIds(question) + " in this order, as in " + question.path());
                }
            }
        }
        otherQuestions.values().stream().filter(q -> !refIds.contains(q.id())).forEach(q ->
                problems.add(q.path(), q.line(), "question '" + q.id() + "' has no " + reference + " version"));
        compareIds(ref.bands, other.bands, lang);
        compareIds(ref.rules, other.rules, lang);
    }

    private void compareIds(List<Boxed> ref, List<Boxed> other, String lang) {
        Set<String> otherIds = other.stream().map(Boxed::id).collect(Collectors.toSet());
        Set<String> refIds = ref.stream().map(Boxed::id).collect(Collectors.toSet());
        ref.stream().filter(b -> !otherIds.contains(b.id())).forEach(b ->
                problems.add(b.path(), b.line(), b.type() + " '" + b.id() + "' has no " + lang + " version"));
        other.stream().filter(b -> !refIds.contains(b.id())).forEach(b ->
                problems.add(b.path(), b.line(), b.type() + " '" + b.id() + "' has no " + reference + " version"));
    }

    private static List<String> optionIds(Boxed question) {
        return question.list("options").stream().map(o -> o.split("\\|")[0].strip()).toList();
    }

    /** Builds the questionnaire; call only when {@link #check()} found no problem. */
    Questionnaire build(MarkdownRenderer renderer, Questionnaire.GuideFacts facts) {
        QuestionnaireParser.Parsed ref = byLanguage.get(reference);
        List<Questionnaire.Dimension> dimensions = new ArrayList<>();
        List<Questionnaire.Question> questions = new ArrayList<>();
        for (DimensionFile dim : ref.dimensions.stream().sorted(Comparator.comparingInt(DimensionFile::order)).toList()) {
            Map<Stage, Double> weights = new EnumMap<>(Stage.class);
            dim.frontMatter().get("weights").get().map().forEach((k, v) ->
                    weights.put(Stage.fromId(k).orElseThrow(), Double.valueOf(v)));
            Map<String, Questionnaire.Text> texts = new LinkedHashMap<>();
            byLanguage.forEach((lang, parsed) -> parsed.dimensions.stream()
                    .filter(d -> dim.dimension().equals(d.dimension())).findFirst()
                    .ifPresent(d -> texts.put(lang, new Questionnaire.Text(d.title(), d.summary()))));
            dimensions.add(new Questionnaire.Dimension(dim.dimension(), dim.order(), weights, texts));
            for (Boxed q : dim.questions()) {
                questions.add(question(q, dim.dimension(), renderer, ref));
            }
        }
        List<Questionnaire.Band> bands = ref.bands.stream()
                .map(b -> new Questionnaire.Band(b.id(), Integer.parseInt(b.text("from")), texts(b.id(), "band", renderer)))
                .sorted(Comparator.comparingInt(Questionnaire.Band::from)).toList();
        List<Questionnaire.FlagRule> rules = ref.rules.stream()
                .map(r -> new Questionnaire.FlagRule(r.id(), r.list("flags"),
                        r.list("when").stream().map(c -> condition(c, r.path(), r.line(), ref)).toList(),
                        texts(r.id(), "rule", renderer)))
                .toList();
        return new Questionnaire(dimensions, questions, bands, rules, facts);
    }

    private Questionnaire.Question question(Boxed q, String dimension, MarkdownRenderer renderer,
            QuestionnaireParser.Parsed ref) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        Map<String, Questionnaire.Text> texts = new LinkedHashMap<>();
        byLanguage.forEach((lang, parsed) -> parsed.dimensions.stream().flatMap(d -> d.questions().stream())
                .filter(t -> t.id().equals(q.id())).findFirst().ifPresent(t -> {
                    texts.put(lang, new Questionnaire.Text(t.title(), renderer.render(t.body())));
                    for (String option : t.list("options")) {
                        String[] parts = option.split("\\|", lang.equals(reference) ? 3 : 2);
                        labels.computeIfAbsent(parts[0].strip(), k -> new LinkedHashMap<>())
                                .put(lang, parts[parts.length - 1].strip());
                    }
                }));
        List<Questionnaire.Option> options = q.list("options").stream().map(o -> {
            String[] parts = o.split("\\|", 3);
            return new Questionnaire.Option(parts[0].strip(), Integer.parseInt(parts[1].strip()),
                    labels.get(parts[0].strip()));
        }).toList();
        String ifAnswer = q.text("if-answer");
        return new Questionnaire.Question(q.id(), dimension, options, q.list("weak-risks"), q.list("weak-pitfalls"),
                q.list("strategies"), q.list("stages").stream().map(s -> Stage.fromId(s).orElseThrow())
                        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Stage.class))),
                Set.copyOf(q.list("industries")),
                ifAnswer == null ? null : answerCondition(ifAnswer, q.path(), q.line(), ref), texts);
    }

    private Map<String, Questionnaire.Text> texts(String id, String type, MarkdownRenderer renderer) {
        Map<String, Questionnaire.Text> texts = new LinkedHashMap<>();
        byLanguage.forEach((lang, parsed) -> (type.equals("band") ? parsed.bands : parsed.rules).stream()
                .filter(b -> b.id().equals(id)).findFirst()
                .ifPresent(b -> texts.put(lang, new Questionnaire.Text(b.title(), renderer.render(b.body())))));
        return texts;
    }
}
