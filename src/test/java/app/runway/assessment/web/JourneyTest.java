package app.runway.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.runway.assessment.scoring.Profile;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Condition;
import app.runway.questionnaire.Questionnaire.Dimension;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Questionnaire.Text;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;

/** Which pages a founder goes through, without Spring: a small hand-made questionnaire. */
class JourneyTest {

    private static final Profile FINANCE = new Profile("Acme", "finance", Stage.SEED, 4);
    private static final Profile HEALTHCARE = new Profile("Acme", "healthcare", Stage.SEED, 4);

    private final Questionnaire questionnaire = new Questionnaire(
            List.of(dimension("market", 1), dimension("data", 2), dimension("team", 3)),
            List.of(question("interviews", "market", Set.of(), null),
                    // A mutable set, as the loader builds: Set.of would refuse contains(null) for an open answer.
                    question("pay", "market", Set.of(), new Condition(null, null, null, "interviews",
                            new LinkedHashSet<>(List.of("good")), "interviews = good")),
                    question("medical", "data", Set.of("healthcare"), null),
                    question("hiring", "team", Set.of(), null)),
            List.of(), List.of(), null);

    @Test
    void skipsADimensionWithNoQuestionAskedForTheProfile() {
        Journey finance = Journey.of(questionnaire, FINANCE, Map.of());
        assertThat(finance.steps()).extracting(Journey.Step::id).containsExactly("market", "team");
        assertThat(finance.next("market")).map(Journey.Step::id).contains("team");
        assertThat(finance.previous("team")).map(Journey.Step::id).contains("market");
        assertThat(finance.position("team")).isEqualTo(2);
        assertThat(finance.isLast("team")).isTrue();

        Journey healthcare = Journey.of(questionnaire, HEALTHCARE, Map.of());
        assertThat(healthcare.steps()).extracting(Journey.Step::id).containsExactly("market", "data", "team");
    }

    @Test
    void anAnswerCanBringUpAQuestionOnTheSamePage() {
        assertThat(Journey.of(questionnaire, FINANCE, Map.of("interviews", "poor")).step("market").orElseThrow()
                .questions()).extracting(Question::id).containsExactly("interviews");
        Journey journey = Journey.of(questionnaire, FINANCE, Map.of("interviews", "good"));
        assertThat(journey.step("market").orElseThrow().questions()).extracting(Question::id)
                .containsExactly("interviews", "pay");
        assertThat(journey.step("market").orElseThrow().done()).isFalse();
    }

    @Test
    void dontKnowCountsAsAnAnswerButAnUnknownOptionDoesNot() {
        Journey journey = Journey.of(questionnaire, FINANCE, Map.of("interviews", "unknown", "hiring", "bogus"));
        assertThat(journey.step("market").orElseThrow().done()).isTrue();
        assertThat(journey.firstUnfinished()).map(Journey.Step::id).contains("team");
        assertThat(journey.isComplete()).isFalse();

        Journey done = Journey.of(questionnaire, FINANCE, Map.of("interviews", "poor", "hiring", "good"));
        assertThat(done.isComplete()).isTrue();
    }

    @Test
    void keepsAnswersToQuestionsNoLongerAskedWithoutCountingThem() {
        Journey journey = Journey.of(questionnaire, FINANCE, Map.of("interviews", "poor", "pay", "good",
                "hiring", "good"));
        assertThat(journey.answers()).containsEntry("pay", "good");
        assertThat(journey.isComplete()).isTrue();
    }

    @Test
    void pageAnswersKeepValidOnesAndNameTheRest() {
        PageAnswers answers = PageAnswers.of(questionnaire, "market",
                Map.of("interviews", "bogus", "pay", "unknown", "hiring", "good"));
        assertThat(answers.valid()).containsExactly(Map.entry("pay", "unknown"));
        assertThat(answers.invalid()).containsExactly("interviews");
    }

    private static Dimension dimension(String id, int order) {
        return new Dimension(id, order, Map.of(), Map.of("en", new Text(id, "")));
    }

    private static Question question(String id, String dimension, Set<String> industries, Condition ifAnswer) {
        return new Question(id, dimension, List.of(new Option("poor", 0, Map.of("en", "Poor")),
                new Option("good", 3, Map.of("en", "Good"))), List.of(), List.of(), List.of(), Set.of(), industries,
                ifAnswer, Map.of("en", new Text(id + "?", "")));
    }
}
