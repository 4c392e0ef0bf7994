package app.runway.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.runway.assessment.scoring.ReadinessResult.DimensionScore;
import app.runway.assessment.scoring.ReadinessResult.Recommendation;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;

/**
 * Properties of the scoring over many random founders on the bundled questionnaire. Plain loops
 * over a seeded {@link Random}: each case has its own seed, printed with the case on failure, so a
 * failure can be replayed by running {@link #randomCase(long)} with that seed.
 */
class ScoringPropertiesTest {

    private static final long FIRST_SEED = 20_260_301L;
    private static final int CASES = 400;
    /** Fewer for the costly property, which scores each case once per improvable answer. */
    private static final int IMPROVED_CASES = 150;

    private final Questionnaire questionnaire = Founder.bundled();

    @Test
    void everyDimensionScoreAndTheIndexStayWithin0And100() {
        forEachRandomCase(c -> {
            ReadinessResult result = c.score();
            for (DimensionScore dimension : result.dimensions().values()) {
                if (dimension.score() != null) {
                    assertThat(dimension.score()).as("%s %s", dimension.id(), c).isBetween(0, 100);
                }
            }
            if (result.index() != null) {
                assertThat(result.index()).as("index %s", c).isBetween(0, 100);
                assertThat(result.band()).as("band %s", c).isNotNull();
            }
        });
    }

    @Test
    void theSameInputAlwaysGivesTheSameResult() {
        forEachRandomCase(c -> {
            Map<String, String> reordered = new LinkedHashMap<>();
            List<String> keys = new ArrayList<>(c.answers().keySet());
            Collections.reverse(keys);
            keys.forEach(k -> reordered.put(k, c.answers().get(k)));

            ReadinessResult first = c.score();

            assertThat(c.score()).as("scored twice %s", c).isEqualTo(first);
            assertThat(ReadinessScorer.score(questionnaire, c.profile(), new HashMap<>(reordered)))
                    .as("answers in another order %s", c).isEqualTo(first);
        });
    }

    @Test
    void answeringBetterNeverLowersADimensionScoreOrTheIndex() {
        // A better answer can stop a follow-up question from being asked (customer-concentration is
        // asked only after commercial-path = paying, late-round-plan only after a short runway), and
        // the follow-up's answer then leaves the dimension: its score may rise or fall. So only
        // questions that no other question's if-answer depends on are improved here.
        Set<String> triggers = questionnaire.questions().stream().filter(q -> q.ifAnswer() != null)
                .map(q -> q.ifAnswer().questionId()).collect(Collectors.toSet());
        int[] improvements = {0};
        forEachRandomCase(IMPROVED_CASES, c -> {
            Random random = new Random(~c.seed());
            ReadinessResult before = c.score();
            for (Question question : ReadinessScorer.askedQuestions(questionnaire, c.profile(), c.answers())) {
                Option given = question.option(String.valueOf(c.answers().get(question.id()))).orElse(null);
                if (given == null || triggers.contains(question.id())) {
                    continue;
                }
                // one better option per question keeps the run short; the seed decides which
                List<Option> betterOptions = question.options().stream().filter(o -> o.score() > given.score())
                        .toList();
                if (!betterOptions.isEmpty()) {
                    Option better = betterOptions.get(random.nextInt(betterOptions.size()));
                    Map<String, String> improved = new LinkedHashMap<>(c.answers());
                    improved.put(question.id(), better.id());
                    ReadinessResult after = ReadinessScorer.score(questionnaire, c.profile(), improved);
                    Supplier<String> why = () -> String.format("%s: %s from %s to %s", c, question.id(), given.id(),
                            better.id());

                    assertThat(after.dimensions().get(question.dimension()).score()).as(why)
                            .isGreaterThanOrEqualTo(before.dimensions().get(question.dimension()).score());
                    before.dimensions().values().stream().filter(d -> !d.id().equals(question.dimension()))
                            .forEach(d -> assertThat(after.dimensions().get(d.id()).score())
                                    .as(() -> why.get() + ", " + d.id()).isEqualTo(d.score()));
                    assertThat(after.index()).as(why).isGreaterThanOrEqualTo(before.index());
                    improvements[0]++;
                }
            }
        });
        assertThat(improvements[0]).as("improvements tried").isGreaterThan(10 * IMPROVED_CASES);
    }

    @Test
    void everyFlagIsExplainedAndEveryRankingIsOrderedAndBounded() {
        forEachRandomCase(c -> {
            ReadinessResult result = c.score();
            List<String> asked = ReadinessScorer.askedQuestions(questionnaire, c.profile(), c.answers()).stream()
                    .map(Question::id).toList();
            result.flaggedRisks().forEach(f -> assertThat(f.severity()).as("%s %s", f.id(), c).isNotNull());
            Stream.concat(result.flaggedRisks().stream(), result.flaggedPitfalls().stream())
                    .forEach(flag -> {
                        assertThat(flag.reasons()).as("reasons of %s %s", flag.id(), c).isNotEmpty();
                        flag.reasons().forEach(reason -> {
                            if (reason.type().equals(ReadinessResult.Reason.ANSWER)) {
                                assertThat(asked).as("%s %s", reason, c).contains(reason.questionId());
                                assertThat(c.answers().get(reason.questionId())).isEqualTo(reason.optionId());
                            } else {
                                assertThat(reason.conditions()).as("%s %s", reason, c).isNotEmpty()
                                        .allMatch(condition -> condition.matches(".+ \\(\\S+\\)"));
                            }
                        });
                    });
            assertThat(result.strategies()).as("strategies %s", c).hasSizeLessThanOrEqualTo(12)
                    .isSortedAccordingTo((a, b) -> Double.compare(b.weight(), a.weight()))
                    .allSatisfy(r -> assertThat(r.addresses()).isNotEmpty());
            assertThat(result.strategies()).extracting(Recommendation::id).doesNotHaveDuplicates();
            assertThat(result.cases()).as("cases %s", c).hasSizeLessThanOrEqualTo(5);
        });
    }

    private void forEachRandomCase(Consumer<Case> property) {
        forEachRandomCase(CASES, property);
    }

    private void forEachRandomCase(int cases, Consumer<Case> property) {
        for (int i = 0; i < cases; i++) {
            Case c = randomCase(FIRST_SEED + i);
            try {
                property.accept(c);
            } catch (AssertionError e) {
                System.err.println("Failing case: " + c);
                throw e;
            }
        }
    }

    /**
     * A random founder: any stage and industry; each question skipped, answered "I don't know" or
     * with any option, whether it is asked or not (answers to questions not asked must be ignored).
     */
    Case randomCase(long seed) {
        Random random = new Random(seed);
        Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
        List<String> industries = questionnaire.facts().industries();
        Profile profile = new Profile("Random " + seed, industries.get(random.nextInt(industries.size())), stage,
                1 + random.nextInt(50));
        // each case leans one way, so that both strong and weak founders are common
        double skip = random.nextDouble() * 0.3;
        double unknown = random.nextDouble() * 0.3;
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            double roll = random.nextDouble();
            if (roll < skip) {
                continue;
            }
            answers.put(question.id(), roll < skip + unknown ? Questionnaire.UNKNOWN
                    : question.options().get(random.nextInt(question.options().size())).id());
        }
        return new Case(seed, profile, Map.copyOf(answers));
    }

    record Case(long seed, Profile profile, Map<String, String> answers) {

        ReadinessResult score() {
            return ReadinessScorer.score(Founder.bundled(), profile, answers);
        }

        @Override
        public String toString() {
            return "case seed " + seed + " " + profile + " answers " + new TreeMap<>(answers);
        }
    }
}
