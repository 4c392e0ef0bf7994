package app.runway.guide.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import app.runway.guide.load.QuestionnaireParser.Boxed;
import app.runway.guide.load.QuestionnaireParser.DimensionFile;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Stage;

/**
 * Builds the {@link Questionnaire} from checked files: the facts (weights, scores, conditions)
 * from the reference language, the texts from every language, rendered once here.
 */
final class QuestionnaireBuilder {

    private final Map<String, QuestionnaireParser.Parsed> byLanguage;
    private final String reference;
    private final ConditionReader conditions;
    private final MarkdownRenderer renderer;

    QuestionnaireBuilder(Map<String, QuestionnaireParser.Parsed> byLanguage, String reference,
            ConditionReader conditions, MarkdownRenderer renderer) {
        this.byLanguage = byLanguage;
        this.reference = reference;
        this.conditions = conditions;
        this.renderer = renderer;
    }

    Questionnaire build(Questionnaire.GuideFacts facts) {
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
                questions.add(question(q, dim.dimension()));
            }
        }
        List<Questionnaire.Band> bands = ref.bands.stream()
                .map(b -> new Questionnaire.Band(b.id(), Integer.parseInt(b.text("from")), texts(b.id(), "band")))
                .sorted(Comparator.comparingInt(Questionnaire.Band::from)).toList();
        List<Questionnaire.FlagRule> rules = ref.rules.stream()
                .map(r -> new Questionnaire.FlagRule(r.id(), r.list("flags"),
                        r.list("when").stream().map(c -> conditions.condition(c, r.path(), r.line())).toList(),
                        texts(r.id(), "rule")))
                .toList();
        return new Questionnaire(dimensions, questions, bands, rules, facts);
    }

    private Questionnaire.Question question(Boxed q, String dimension) {
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
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Stage.class))),
                Set.copyOf(q.list("industries")),
                ifAnswer == null ? null : conditions.answerCondition(ifAnswer, q.path(), q.line()), texts);
    }

    /** The title and rendered body of a band or rule in every language that has it. */
    private Map<String, Questionnaire.Text> texts(String id, String type) {
        Map<String, Questionnaire.Text> texts = new LinkedHashMap<>();
        byLanguage.forEach((lang, parsed) -> (type.equals("band") ? parsed.bands : parsed.rules).stream()
                .filter(b -> b.id().equals(id)).findFirst()
                .ifPresent(b -> texts.put(lang, new Questionnaire.Text(b.title(), renderer.render(b.body())))));
        return texts;
    }
}
