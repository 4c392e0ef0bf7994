package app.runway.support;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;

/** How a test founder answers: pickers of one option per question, and every answer a founder gives. No Spring. */
public final class Answers {

    /** The best-scoring option: few or no flags. */
    public static final Function<Question, String> BEST = q -> q.options().stream()
            .max(Comparator.comparingInt(Option::score)).orElseThrow().id();

    /** The weakest option: many flags. */
    public static final Function<Question, String> WORST = q -> q.options().stream()
            .min(Comparator.comparingInt(Option::score)).orElseThrow().id();

    /** The option half-way down the list. */
    public static final Function<Question, String> MIDDLE = q -> q.options().get(q.options().size() / 2).id();

    /** Strong technology, nothing on market or business model, middling elsewhere: technology-dependence. */
    public static final Function<Question, String> RESEARCH_LAB = q -> switch (q.dimension()) {
        case "technology" -> BEST.apply(q);
        case "market", "business-model" -> q.options().get(0).id();
        default -> MIDDLE.apply(q);
    };

    private Answers() {
    }

    /** The option at {@code level} in each question's list, or its last. */
    public static Function<Question, String> level(int level) {
        return q -> q.options().get(Math.min(level, q.options().size() - 1)).id();
    }

    /** Answers every question the founder is asked, so that questions asked after an answer follow. */
    public static Map<String, String> answers(Questionnaire questionnaire, Profile profile,
            Function<Question, String> pick) {
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> done = new HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (Question q : ReadinessScorer.askedQuestions(questionnaire, profile, answers)) {
                if (done.add(q.id())) {
                    answers.put(q.id(), pick.apply(q));
                    more = true;
                }
            }
        }
        return answers;
    }
}
