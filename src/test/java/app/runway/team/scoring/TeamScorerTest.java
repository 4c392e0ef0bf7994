package app.runway.team.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import app.runway.assessment.scoring.Profile;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Band;
import app.runway.questionnaire.Questionnaire.Condition;
import app.runway.questionnaire.Questionnaire.Dimension;
import app.runway.questionnaire.Questionnaire.GuideFacts;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Questionnaire.Text;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;

/** The team's answer is the lower median of scored answers; spreads, disagreements and their order. */
class TeamScorerTest {

    private static final Profile SEED = new Profile("Team", "retail", Stage.SEED, 3);

    /** Two dimensions: market weighs 2 at seed, team 1; every question scores none 0, some 1, good 2, best 3. */
    private static final Questionnaire QUESTIONNAIRE = new Questionnaire(
            List.of(dimension("market", 2.0), dimension("team", 1.0)),
            List.of(question("interviews", "market", null), question("pricing", "market", null),
                    question("paying", "market", new Condition(null, null, null, "pricing", Set.of("best"), "")),
                    question("roles", "team", null), twoPointQuestion("vesting", "team")),
            List.of(new Band("early", 0, Map.of()), new Band("strong", 80, Map.of())), List.of(),
            new GuideFacts(Map.of(), Map.of(), Map.of(), Map.of(), List.of("retail")));

    @Test
    void oneMemberIsTheTeam() {
        Map<String, String> alone = Map.of("interviews", "good", "roles", "unknown");
        assertThat(TeamScorer.combine(QUESTIONNAIRE, SEED, List.of(alone))).isEqualTo(alone);
    }

    @Test
    void theTeamAnswerIsTheMedianOfAnOddNumberOfMembers() {
        Map<String, String> team = TeamScorer.combine(QUESTIONNAIRE, SEED,
                List.of(Map.of("interviews", "best"), Map.of("interviews", "none"), Map.of("interviews", "good")));
        assertThat(team).containsEntry("interviews", "good");
    }

    @Test
    void anEvenNumberTakesTheLowerOfTheTwoMiddleAnswersSoItIsOneAMemberGave() {
        Map<String, String> team = TeamScorer.combine(QUESTIONNAIRE, SEED,
                List.of(Map.of("interviews", "best"), Map.of("interviews", "some")));
        assertThat(team).containsEntry("interviews", "some");
        assertThat(TeamScorer.combine(QUESTIONNAIRE, SEED, List.of(Map.of("interviews", "best"),
                Map.of("interviews", "some"), Map.of("interviews", "good"), Map.of("interviews", "best"))))
                .containsEntry("interviews", "good");
    }

    @Test
    void dontKnowIsLeftOutUnlessEveryoneSaidIt() {
        Map<String, String> team = TeamScorer.combine(QUESTIONNAIRE, SEED, List.of(
                Map.of("interviews", "unknown", "roles", "unknown"),
                Map.of("interviews", "unknown", "roles", "unknown"),
                Map.of("interviews", "none")));
        assertThat(team).containsEntry("interviews", "none").containsEntry("roles", "unknown")
                .doesNotContainKey("pricing");
    }

    @Test
    void anAnswerToAQuestionNotAskedForThatMemberDoesNotCount() {
        // The second member left "paying" behind when they changed "pricing": it was not asked for them.
        Map<String, String> team = TeamScorer.combine(QUESTIONNAIRE, SEED, List.of(
                Map.of("pricing", "best", "paying", "best"), Map.of("pricing", "best", "paying", "best"),
                Map.of("pricing", "none", "paying", "none")));
        assertThat(team).containsEntry("paying", "best");
    }

    @Test
    void aSpreadOfTwoThirdsOfTheBestScoreIsADisagreement() {
        assertThat(TeamScorer.disagrees(1, 3)).isFalse();
        assertThat(TeamScorer.disagrees(2, 3)).isTrue();
        assertThat(TeamScorer.disagrees(1, 2)).isFalse();
        assertThat(TeamScorer.disagrees(2, 2)).isTrue();
        assertThat(TeamScorer.disagrees(1, 1)).isTrue();
        assertThat(TeamScorer.disagrees(0, 3)).isFalse();
    }

    @Test
    void disagreementsAreRankedBySpreadOverBestScoreTimesTheDimensionWeight() {
        TeamComparison comparison = TeamScorer.compare(QUESTIONNAIRE, SEED, List.of(
                Map.of("interviews", "none", "pricing", "some", "roles", "none", "vesting", "none"),
                Map.of("interviews", "good", "pricing", "best", "roles", "best", "vesting", "good")));

        // interviews 2/3 × 2 = 1.33, pricing 2/3 × 2 = 1.33, roles 3/3 × 1 = 1, vesting 2/2 × 1 = 1
        assertThat(comparison.toTalkAbout()).extracting(QuestionSpread::questionId)
                .containsExactly("interviews", "pricing", "roles", "vesting");
        QuestionSpread interviews = comparison.toTalkAbout().get(0);
        assertThat(interviews.lowest()).isEqualTo("none");
        assertThat(interviews.highest()).isEqualTo("good");
        assertThat(interviews.scores()).containsExactly(0, 2);
        assertThat(interviews.teamAnswer()).isEqualTo("none");
    }

    @Test
    void agreementIsCountedPerDimensionWithTheSpreadOfTheMembersOwnScores() {
        TeamComparison comparison = TeamScorer.compare(QUESTIONNAIRE, SEED, List.of(
                Map.of("interviews", "good", "pricing", "good", "roles", "none"),
                Map.of("interviews", "best", "pricing", "good", "roles", "best"),
                Map.of("interviews", "unknown")));

        DimensionSpread market = comparison.dimensions().get(0);
        assertThat(market.dimensionId()).isEqualTo("market");
        assertThat(market.agreed()).isEqualTo(2);
        assertThat(market.disagreed()).isZero();
        // Own scores: 4/6 = 67 and 5/6 = 83; the third member has none.
        assertThat(market.memberScores()).containsExactly(67, 83);
        assertThat(market.spread()).isEqualTo(16);
        DimensionSpread team = comparison.dimensions().get(1);
        assertThat(team.disagreed()).isEqualTo(1);
        assertThat(comparison.questions().get(0).unknown()).isEqualTo(1);
        assertThat(comparison.questions().get(2).notAnswered()).isEqualTo(1);
        assertThat(comparison.result().scoreOf("market")).isEqualTo(67);
    }

    @Test
    void membersWhoAgreeEverywhereHaveNothingToTalkAbout() {
        Map<String, String> same = Map.of("interviews", "good", "roles", "some");
        TeamComparison comparison = TeamScorer.compare(QUESTIONNAIRE, SEED, List.of(same, same));
        assertThat(comparison.toTalkAbout()).isEmpty();
        assertThat(comparison.teamAnswers()).isEqualTo(same);
    }

    private static Dimension dimension(String id, double seedWeight) {
        return new Dimension(id, 0, Map.of(Stage.SEED, seedWeight), Map.of("en", new Text(id, null)));
    }

    private static Question question(String id, String dimension, Condition ifAnswer) {
        return new Question(id, dimension, List.of(option("none", 0), option("some", 1), option("good", 2),
                option("best", 3)), List.of(), List.of(), List.of(), Set.of(), Set.of(), ifAnswer,
                Map.of("en", new Text(id, null)));
    }

    private static Question twoPointQuestion(String id, String dimension) {
        return new Question(id, dimension, List.of(option("none", 0), option("some", 1), option("good", 2)),
                List.of(), List.of(), List.of(), Set.of(), Set.of(), null, Map.of("en", new Text(id, null)));
    }

    private static Option option(String id, int score) {
        return new Option(id, score, Map.of("en", id));
    }
}
