package app.runway.assessment.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Band;
import app.runway.questionnaire.Questionnaire.CaseFacts;
import app.runway.questionnaire.Questionnaire.Condition;
import app.runway.questionnaire.Questionnaire.Dimension;
import app.runway.questionnaire.Questionnaire.FlagRule;
import app.runway.questionnaire.Questionnaire.GuideFacts;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;

/**
 * Small questionnaires for scoring tests, so that a test states only what matters to it.
 * Conditions are written as in the content ({@code "technology >= 60"}, {@code "q = a | b"}).
 * A dimension without declared weights weighs 1.0 at every stage; every question gets the
 * options {@code none | 0}, {@code some | 1}, {@code good | 2}, {@code best | 3} unless told otherwise.
 */
final class QuestionnaireMother {

    private static final Pattern SCORE_CONDITION = Pattern.compile("([a-z-]+)\\s*(<=|>=|<|>)\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern ANSWER_CONDITION = Pattern.compile("([a-z0-9-]+)\\s*=\\s*(.+)");

    /** A retail startup at seed stage. */
    static final Profile AT_SEED = profile(Stage.SEED);

    private final List<Dimension> dimensions = new ArrayList<>();
    private final List<QuestionBuilder> questions = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<FlagRule> rules = new ArrayList<>();
    private final Map<String, String> severities = new LinkedHashMap<>();
    private final Map<String, Set<String>> mitigatedBy = new LinkedHashMap<>();
    private final Map<String, Set<String>> avoidedBy = new LinkedHashMap<>();
    private final Map<String, CaseFacts> cases = new LinkedHashMap<>();

    private QuestionnaireMother() {
    }

    static QuestionnaireMother questionnaire() {
        return new QuestionnaireMother().band("early", 0).band("developing", 40).band("ready", 60).band("strong", 80);
    }

    /** A dimension weighing 1.0 at every stage. */
    QuestionnaireMother dimension(String id) {
        return dimension(id, Map.of());
    }

    QuestionnaireMother dimension(String id, Map<Stage, Double> weights) {
        Map<Stage, Double> all = new EnumMap<>(Stage.class);
        all.putAll(weights);
        dimensions.add(new Dimension(id, dimensions.size() + 1, all, Map.of()));
        return this;
    }

    /** A dimension weighing the same at every stage. */
    QuestionnaireMother dimension(String id, double weight) {
        Map<Stage, Double> all = new EnumMap<>(Stage.class);
        Arrays.stream(Stage.values()).forEach(s -> all.put(s, weight));
        return dimension(id, all);
    }

    QuestionnaireMother question(QuestionBuilder question) {
        questions.add(question);
        return this;
    }

    /** Replaces the default bands. */
    QuestionnaireMother bands(Object... idsAndStarts) {
        bands.clear();
        for (int i = 0; i < idsAndStarts.length; i += 2) {
            band((String) idsAndStarts[i], (Integer) idsAndStarts[i + 1]);
        }
        return this;
    }

    private QuestionnaireMother band(String id, int from) {
        bands.add(new Band(id, from, Map.of()));
        return this;
    }

    QuestionnaireMother rule(String id, List<String> flags, String... when) {
        rules.add(new FlagRule(id, flags, Arrays.stream(when).map(QuestionnaireMother::condition).toList(), Map.of()));
        return this;
    }

    QuestionnaireMother risk(String id, String severity, String... mitigatingStrategies) {
        severities.put(id, severity);
        mitigatedBy.put(id, new LinkedHashSet<>(List.of(mitigatingStrategies)));
        return this;
    }

    QuestionnaireMother pitfall(String id, String... avoidingStrategies) {
        avoidedBy.put(id, new LinkedHashSet<>(List.of(avoidingStrategies)));
        return this;
    }

    QuestionnaireMother caseStudy(String id, Set<String> industries, Set<String> strategies) {
        cases.put(id, new CaseFacts(industries, strategies));
        return this;
    }

    Questionnaire build() {
        return new Questionnaire(List.copyOf(dimensions), questions.stream().map(QuestionBuilder::build).toList(),
                List.copyOf(bands), List.copyOf(rules),
                new GuideFacts(Map.copyOf(severities), Map.copyOf(mitigatedBy), Map.copyOf(avoidedBy),
                        Map.copyOf(cases), List.of("healthcare", "finance", "retail")));
    }

    static QuestionBuilder question(String id, String dimension) {
        return new QuestionBuilder(id, dimension);
    }

    /** A question whose option {@code sN} scores N of 100, to reach any dimension score exactly. */
    static QuestionBuilder percent(String id, String dimension) {
        return question(id, dimension).options(IntStream.rangeClosed(0, 100).mapToObj(i -> "s" + i + ":" + i)
                .toArray(String[]::new));
    }

    static Condition condition(String text) {
        Matcher score = SCORE_CONDITION.matcher(text.strip());
        if (score.matches()) {
            return new Condition(score.group(1), score.group(2), Double.valueOf(score.group(3)), null, null, text);
        }
        Matcher answer = ANSWER_CONDITION.matcher(text.strip());
        if (!answer.matches()) {
            throw new IllegalArgumentException("cannot read condition " + text);
        }
        Set<String> options = new LinkedHashSet<>();
        Arrays.stream(answer.group(2).split("\\|")).map(String::strip).forEach(options::add);
        return new Condition(null, null, null, answer.group(1), options, text);
    }

    static Profile profile(Stage stage) {
        return profile(stage, "retail");
    }

    static Profile profile(Stage stage, String industry) {
        return new Profile("Acme", industry, stage, 5);
    }

    /** A question of a small questionnaire. */
    static final class QuestionBuilder {

        private final String id;
        private final String dimension;
        private List<Option> options = List.of(option("none", 0), option("some", 1), option("good", 2),
                option("best", 3));
        private List<String> weakRisks = List.of();
        private List<String> weakPitfalls = List.of();
        private List<String> strategies = List.of();
        private final Set<Stage> stages = EnumSet.noneOf(Stage.class);
        private Set<String> industries = Set.of();
        private Condition ifAnswer;

        private QuestionBuilder(String id, String dimension) {
            this.id = id;
            this.dimension = dimension;
        }

        /** Options as {@code "id:score"}. */
        QuestionBuilder options(String... idsAndScores) {
            options = Arrays.stream(idsAndScores).map(o -> o.split(":"))
                    .map(p -> option(p[0], Integer.parseInt(p[1]))).toList();
            return this;
        }

        QuestionBuilder weakRisks(String... ids) {
            weakRisks = List.of(ids);
            return this;
        }

        QuestionBuilder weakPitfalls(String... ids) {
            weakPitfalls = List.of(ids);
            return this;
        }

        QuestionBuilder strategies(String... ids) {
            strategies = List.of(ids);
            return this;
        }

        QuestionBuilder stages(Stage... only) {
            stages.addAll(List.of(only));
            return this;
        }

        QuestionBuilder industries(String... only) {
            industries = Set.of(only);
            return this;
        }

        QuestionBuilder ifAnswer(String condition) {
            ifAnswer = condition(condition);
            return this;
        }

        private Question build() {
            return new Question(id, dimension, options, weakRisks, weakPitfalls, strategies, stages, industries,
                    ifAnswer, Map.of());
        }

        private static Option option(String id, int score) {
            return new Option(id, score, Map.of("en", id));
        }
    }
}
