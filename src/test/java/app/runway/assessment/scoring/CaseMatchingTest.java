package app.runway.assessment.scoring;

import static app.runway.assessment.scoring.QuestionnaireMother.AT_SEED;
import static app.runway.assessment.scoring.QuestionnaireMother.profile;
import static app.runway.assessment.scoring.QuestionnaireMother.question;
import static app.runway.assessment.scoring.QuestionnaireMother.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import app.runway.assessment.scoring.ReadinessResult.CaseMatch;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;

/** Case studies matched by industry and by the recommended strategies they illustrate. */
class CaseMatchingTest {

    private final Questionnaire questionnaire = questionnaire().dimension("market")
            .question(question("q", "market").weakRisks("demand"))
            .risk("demand", "high", "interviews", "pilots")
            .caseStudy("a-elsewhere", Set.of("finance"), Set.of("branding"))
            .caseStudy("b-same-industry", Set.of("retail"), Set.of("branding"))
            .caseStudy("c-both-strategies", Set.of(), Set.of("pilots", "interviews", "branding"))
            .caseStudy("d-one-strategy", Set.of("finance"), Set.of("pilots"))
            .caseStudy("e-industry-and-strategy", Set.of("retail", "finance"), Set.of("interviews"))
            .build();

    @Test
    void ranksCasesByIndustryMatchThenByTheRecommendedStrategiesTheyIllustrate() {
        var result = ReadinessScorer.score(questionnaire, profile(Stage.SEED, "retail"), Map.of("q", "none"));

        assertThat(result.cases()).containsExactly(
                new CaseMatch("e-industry-and-strategy", true, List.of("interviews")),
                new CaseMatch("b-same-industry", true, List.of()),
                new CaseMatch("c-both-strategies", false, List.of("interviews", "pilots")),
                new CaseMatch("d-one-strategy", false, List.of("pilots")));
    }

    @Test
    void showsCasesOfTheFoundersIndustryEvenWithNothingFlagged() {
        var result = ReadinessScorer.score(questionnaire, profile(Stage.SEED, "finance"), Map.of("q", "best"));

        assertThat(result.strategies()).isEmpty();
        assertThat(result.cases()).extracting(CaseMatch::id)
                .containsExactly("a-elsewhere", "d-one-strategy", "e-industry-and-strategy");
    }

    @Test
    void recommendsAtMostFiveCasesBrokenTiesById() {
        QuestionnaireMother many = questionnaire().dimension("market").question(question("q", "market"));
        IntStream.of(7, 3, 9, 1, 5, 2, 8).forEach(i -> many.caseStudy("case-" + i, Set.of("retail"), Set.of()));

        var result = ReadinessScorer.score(many.build(), AT_SEED, Map.of("q", "best"));

        assertThat(result.cases()).hasSize(ReadinessScorer.MAX_CASES).extracting(CaseMatch::id)
                .containsExactly("case-1", "case-2", "case-3", "case-5", "case-7");
    }
}
