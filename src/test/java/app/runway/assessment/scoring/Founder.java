package app.runway.assessment.scoring;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.runway.guide.TestGuides;
import app.runway.guide.load.GuideLoader;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;

/**
 * A founder answering the bundled questionnaire, described by shape: strong in some dimensions,
 * weak in others, with a few particular answers. Only the answers to questions actually asked
 * are submitted, as the questionnaire pages would.
 */
final class Founder {

    private static Questionnaire bundled;

    /** How a founder answers the questions of a dimension. */
    enum Level {
        /** The best option. */
        STRONG(q -> q.options().stream().max(Comparator.comparingInt(Option::score)).orElseThrow()),
        /** The lowest option that is not weak (for most questions the one scoring 2 of 3). */
        DECENT(q -> q.options().stream().filter(o -> !q.isWeak(o)).min(Comparator.comparingInt(Option::score))
                .orElseThrow()),
        /** The lowest weak option above the worst (for most questions the one scoring 1 of 3). */
        SHAKY(q -> q.options().stream().filter(q::isWeak).max(Comparator.comparingInt(Option::score)).orElseThrow()),
        /** The worst option. */
        WEAK(q -> q.options().stream().min(Comparator.comparingInt(Option::score)).orElseThrow()),
        /** "I don't know". */
        UNKNOWN(null);

        private final Function<Question, Option> choice;

        Level(Function<Question, Option> choice) {
            this.choice = choice;
        }

        String answer(Question question) {
            return choice == null ? Questionnaire.UNKNOWN : choice.apply(question).id();
        }
    }

    private final Stage stage;
    private String industry = "retail";
    private Level everywhere;
    private final Map<String, Level> byDimension = new LinkedHashMap<>();
    private final Map<String, String> particular = new LinkedHashMap<>();

    private Founder(Stage stage, Level everywhere) {
        this.stage = stage;
        this.everywhere = everywhere;
    }

    /** The questionnaire shipped with Runway, loaded once. */
    static synchronized Questionnaire bundled() {
        if (bundled == null) {
            bundled = new GuideLoader().load(TestGuides.bundled()).questionnaire();
        }
        return bundled;
    }

    /** A founder at a stage who answers nothing yet. */
    static Founder at(Stage stage) {
        return new Founder(stage, null);
    }

    Founder in(String industryId) {
        industry = industryId;
        return this;
    }

    Founder everywhere(Level level) {
        everywhere = level;
        return this;
    }

    Founder with(Level level, String... dimensions) {
        List.of(dimensions).forEach(d -> byDimension.put(d, level));
        return this;
    }

    Founder answering(String questionId, String optionId) {
        particular.put(questionId, optionId);
        return this;
    }

    Profile profile() {
        return new Profile("Test startup", industry, stage, 6);
    }

    /** The answers to the questions asked of this founder, in questionnaire order. */
    Map<String, String> answers() {
        Map<String, String> all = new LinkedHashMap<>();
        for (Question question : bundled().questions()) {
            Level level = byDimension.getOrDefault(question.dimension(), everywhere);
            if (particular.containsKey(question.id())) {
                all.put(question.id(), particular.get(question.id()));
            } else if (level != null) {
                all.put(question.id(), level.answer(question));
            }
        }
        Map<String, String> asked = new LinkedHashMap<>();
        ReadinessScorer.askedQuestions(bundled(), profile(), all).stream().map(Question::id)
                .filter(all::containsKey).forEach(id -> asked.put(id, all.get(id)));
        return asked;
    }

    ReadinessResult score() {
        return ReadinessScorer.score(bundled(), profile(), answers());
    }
}
