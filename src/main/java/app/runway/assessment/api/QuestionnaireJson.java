package app.runway.assessment.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The questionnaire in one language, as {@code GET /api/questionnaire} answers it. The shape is
 * documented in docs/api.md; change both together.
 *
 * @param version the content hash of the guide the questionnaire came with; results name it as
 *                {@code guideVersion}
 */
record QuestionnaireJson(String version, String lang, List<Item> industries, List<Item> stages,
        List<DimensionJson> dimensions, List<QuestionJson> questions, List<BandJson> bands) {

    record Item(String id, String title) {
    }

    /** @param weights the dimension's weight in the readiness index, per stage id */
    record DimensionJson(String id, String title, String summary, Map<String, Double> weights) {
    }

    /** @param conditions absent when the question is asked of everyone */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuestionJson(String id, String dimension, String text, List<OptionJson> options, Conditions conditions) {
    }

    /** @param score null for "don't know", which is not a score but an item on the evidence to-do list */
    record OptionJson(String id, String label, Integer score) {
    }

    /** All that are present must hold for the question to be asked. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Conditions(List<String> stages, List<String> industries, IfAnswer ifAnswer) {
    }

    /** Asked only when {@code question} was asked and answered with one of {@code options}. */
    record IfAnswer(String question, List<String> options) {
    }

    /** A readiness band: the index falls in the band with the highest {@code from} not above it. */
    record BandJson(String id, int from, String title) {
    }

    /**
     * @param industryTitles industry id to title in {@code lang}
     * @param stageTitles    stage to title in {@code lang}
     * @param unknownLabel   "I don't know" in {@code lang}
     */
    static QuestionnaireJson of(String version, String lang, Questionnaire questionnaire,
            Map<String, String> industryTitles, Map<Stage, String> stageTitles, String unknownLabel) {
        List<String> industryOrder = questionnaire.facts().industries();
        List<Item> industries = industryOrder.stream()
                .map(id -> new Item(id, industryTitles.getOrDefault(id, id))).toList();
        List<Item> stages = Stream.of(Stage.values()).map(s -> new Item(s.id(), stageTitles.get(s))).toList();
        List<DimensionJson> dimensions = questionnaire.dimensions().stream()
                .map(d -> new DimensionJson(d.id(), title(d.texts(), lang), summary(d.texts(), lang), weights(d)))
                .toList();
        List<QuestionJson> questions = questionnaire.questions().stream()
                .map(q -> new QuestionJson(q.id(), q.dimension(), title(q.texts(), lang), options(q, lang, unknownLabel),
                        conditions(questionnaire, q, industryOrder)))
                .toList();
        List<BandJson> bands = questionnaire.bands().stream()
                .map(b -> new BandJson(b.id(), b.from(), title(b.texts(), lang))).toList();
        return new QuestionnaireJson(version, lang, industries, stages, dimensions, questions, bands);
    }

    private static Map<String, Double> weights(Questionnaire.Dimension dimension) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            weights.put(stage.id(), dimension.weight(stage));
        }
        return weights;
    }

    private static List<OptionJson> options(Question question, String lang, String unknownLabel) {
        List<OptionJson> options = new ArrayList<>(question.options().stream()
                .map(o -> new OptionJson(o.id(), inLanguage(o.labels(), lang), o.score())).toList());
        options.add(new OptionJson(Questionnaire.UNKNOWN, unknownLabel, null));
        return options;
    }

    private static Conditions conditions(Questionnaire questionnaire, Question question, List<String> industryOrder) {
        if (question.stages().isEmpty() && question.industries().isEmpty() && question.ifAnswer() == null) {
            return null;
        }
        List<String> stages = question.stages().stream().sorted().map(Stage::id).toList();
        List<String> industries = question.industries().stream()
                .sorted(Comparator.comparingInt((String id) -> industryOrder.indexOf(id)).thenComparing(Function.identity()))
                .toList();
        IfAnswer ifAnswer = question.ifAnswer() == null ? null : ifAnswer(questionnaire, question.ifAnswer());
        return new Conditions(stages, industries, ifAnswer);
    }

    /** The options in the order the earlier question offers them. */
    private static IfAnswer ifAnswer(Questionnaire questionnaire, Questionnaire.Condition condition) {
        List<String> offered = questionnaire.question(condition.questionId()).orElseThrow().options().stream()
                .map(Questionnaire.Option::id).toList();
        return new IfAnswer(condition.questionId(), condition.optionIds().stream()
                .sorted(Comparator.comparingInt(offered::indexOf)).toList());
    }

    static String title(Map<String, Questionnaire.Text> texts, String lang) {
        Questionnaire.Text text = inLanguage(texts, lang);
        return text == null ? null : text.title();
    }

    private static String summary(Map<String, Questionnaire.Text> texts, String lang) {
        Questionnaire.Text text = inLanguage(texts, lang);
        return text == null ? null : text.body();
    }

    /** The text in {@code lang}; English when the content lacks it (the loader requires both, so only defensively). */
    static <T> T inLanguage(Map<String, T> texts, String lang) {
        T text = texts.get(lang);
        return text != null ? text : texts.get("en");
    }
}
