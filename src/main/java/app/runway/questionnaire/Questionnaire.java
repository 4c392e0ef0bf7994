package app.runway.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.runway.markup.PlainText;

/**
 * A whole questionnaire, in every language. Texts are maps from language code to text.
 *
 * @param dimensions in questionnaire order
 * @param questions  in questionnaire order (by dimension, then as written)
 * @param bands      readiness bands, lowest first
 * @param facts      what scoring needs to know of the guide
 */
public record Questionnaire(List<Dimension> dimensions, List<Question> questions, List<Band> bands,
        List<FlagRule> rules, GuideFacts facts) {

    /** The fixed dimension ids, in their usual order. */
    public static final List<String> DIMENSION_IDS = List.of("market", "technology", "data", "compute",
            "business-model", "team", "product", "go-to-market", "funding", "risk-management", "legal-ethics",
            "ecosystem");

    /** The option id every question offers for "I don't know". */
    public static final String UNKNOWN = "unknown";

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public List<Question> questionsOf(String dimensionId) {
        return questions.stream().filter(q -> q.dimension().equals(dimensionId)).toList();
    }

    /** A readiness dimension and its weight in the index at each stage. */
    public record Dimension(String id, int order, Map<Stage, Double> weights, Map<String, Text> texts) {

        public double weight(Stage stage) {
            return weights.getOrDefault(stage, 1.0);
        }
    }

    /**
     * A title and a sentence (or an HTML explanation) in one language, with the body's plain text for the
     * PDF, worked out once when the questionnaire is made (at load, or when a stored version is read back),
     * never per report.
     */
    public record Text(String title, String body, String plain) {

        public Text {
            if (plain == null) {
                plain = PlainText.of(body);
            }
        }

        public Text(String title, String body) {
            this(title, body, null);
        }
    }

    /**
     * A question. {@code texts} hold the question as title and its help (sanitised HTML) as body.
     *
     * @param stages     asked only at these stages; empty for every stage
     * @param industries asked only in these industries; empty for every industry
     * @param ifAnswer   asked only after one of these answers; null when always
     */
    public record Question(String id, String dimension, List<Option> options, List<String> weakRisks,
            List<String> weakPitfalls, List<String> strategies, Set<Stage> stages, Set<String> industries,
            Condition ifAnswer, Map<String, Text> texts) {

        public int maxScore() {
            return options.stream().mapToInt(Option::score).max().orElse(0);
        }

        public Optional<Option> option(String optionId) {
            return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
        }

        /** Weak: below half of the best option's score. */
        public boolean isWeak(Option option) {
            return option.score() * 2 < maxScore();
        }
    }

    public record Option(String id, int score, Map<String, String> labels) {
    }

    /** A readiness band: the index falls in the band with the highest {@code from} not above it. */
    public record Band(String id, int from, Map<String, Text> texts) {
    }

    /** Flags guide risks or pitfalls when all its conditions hold. */
    public record FlagRule(String id, List<String> flags, List<Condition> when, Map<String, Text> texts) {
    }

    /**
     * Either a comparison of a dimension score ({@code dimension}, {@code operator}, {@code value})
     * or an answer condition ({@code questionId} answered with one of {@code optionIds}).
     */
    public record Condition(String dimension, String operator, Double value, String questionId,
            Set<String> optionIds, String source) {

        public boolean onAnswer() {
            return questionId != null;
        }

        public boolean test(double score) {
            return switch (operator) {
                case "<" -> score < value;
                case "<=" -> score <= value;
                case ">" -> score > value;
                case ">=" -> score >= value;
                default -> false;
            };
        }
    }

    /**
     * The guide's facts scoring uses, captured with the questionnaire so that scoring needs
     * nothing else.
     *
     * @param severities   risk id to severity
     * @param mitigatedBy  risk id to the strategies that mitigate it
     * @param avoidedBy    pitfall id to the strategies that avoid it
     * @param cases        case id to its industries and the strategies it illustrates
     * @param industries   industry ids in guide order
     */
    public record GuideFacts(Map<String, String> severities, Map<String, Set<String>> mitigatedBy,
            Map<String, Set<String>> avoidedBy, Map<String, CaseFacts> cases, List<String> industries) {

        public boolean isPitfall(String id) {
            return avoidedBy.containsKey(id);
        }
    }

    public record CaseFacts(Set<String> industries, Set<String> strategies) {
    }
}
