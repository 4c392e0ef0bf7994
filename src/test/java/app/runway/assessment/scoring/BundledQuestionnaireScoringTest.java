package app.runway.assessment.scoring;

import static app.runway.assessment.scoring.Founder.Level.DECENT;
import static app.runway.assessment.scoring.Founder.Level.SHAKY;
import static app.runway.assessment.scoring.Founder.Level.STRONG;
import static app.runway.assessment.scoring.Founder.Level.WEAK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import app.runway.assessment.scoring.ReadinessResult.CaseMatch;
import app.runway.assessment.scoring.ReadinessResult.Flag;
import app.runway.assessment.scoring.ReadinessResult.Reason;
import app.runway.assessment.scoring.ReadinessResult.Recommendation;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Founders of clearly different shapes, scored against the questionnaire shipped with Runway. */
class BundledQuestionnaireScoringTest {

    private static final List<String> CONTENT_PITFALLS = List.of("technology-dependence", "single-product",
            "data-quality-neglect", "weak-risk-management", "rapid-expansion");

    private final Questionnaire questionnaire = Founder.bundled();

    @Test
    void aResearchTeamWithStrongTechnologyAndNoMarketWorkDependsOnTechnology() {
        var result = Founder.at(Stage.PROTOTYPE).everywhere(DECENT).with(STRONG, "technology")
                .with(WEAK, "market", "business-model").score();

        Flag flag = pitfall(result, "technology-dependence").orElseThrow();
        assertThat(flag.reasons()).contains(Reason.rule("technology-without-market",
                List.of("technology >= 60 (100)", "market < 45 (0)", "business-model < 45 (0)")));
        assertThat(flag.reasons()).filteredOn(r -> r.type().equals(Reason.ANSWER)).extracting(Reason::questionId)
                .containsExactly("target-segment", "customer-interviews", "commercial-path");
        assertThat(result.strategies()).extracting(Recommendation::id)
                .contains("commercialisation-path", "demand-orientation", "market-research");
    }

    @Test
    void strongTechnologyBackedByMarketWorkIsNoTechnologyDependence() {
        var result = Founder.at(Stage.PROTOTYPE).everywhere(DECENT).with(STRONG, "technology", "market").score();

        assertThat(pitfall(result, "technology-dependence")).isEmpty();
    }

    @Test
    void aSingleRevenueStreamFlagsSingleProduct() {
        var result = Founder.at(Stage.SEED).everywhere(STRONG).answering("revenue-streams", "one").score();

        assertThat(result.flaggedPitfalls()).containsExactly(new Flag("single-product", null, List.of(
                Reason.answer("revenue-streams", "one"),
                Reason.rule("single-revenue-stream", List.of("revenue-streams = one (one)")))));
        assertThat(result.strategies()).extracting(Recommendation::id).startsWith("business-model-innovation",
                "product-diversification");
    }

    @Test
    void weakDataReadinessFlagsDataQualityNeglect() {
        var result = Founder.at(Stage.PRE_SEED).everywhere(STRONG).with(SHAKY, "data").score();

        assertThat(result.dimensions().get("data").score()).isEqualTo(33);
        assertThat(pitfall(result, "data-quality-neglect").orElseThrow().reasons())
                .contains(Reason.rule("data-not-ready", List.of("data < 45 (33)")));
        assertThat(result.strategies()).extracting(Recommendation::id).contains("data-quality-assurance");
    }

    @Test
    void weakRiskManagementFlagsWeakRiskManagement() {
        var result = Founder.at(Stage.SEED).everywhere(STRONG).with(SHAKY, "risk-management").score();

        assertThat(result.flaggedPitfalls()).extracting(Flag::id).containsExactly("weak-risk-management");
        assertThat(pitfall(result, "weak-risk-management").orElseThrow().reasons())
                .contains(Reason.rule("risk-management-weak", List.of("risk-management < 45 (33)")));
        assertThat(result.strategies()).extracting(Recommendation::id).contains("structured-risk-management");
    }

    @Test
    void growthPlansThatOutrunTheTeamFlagRapidExpansion() {
        var founder = Founder.at(Stage.SEED).everywhere(STRONG).with(SHAKY, "team");
        var result = founder.score();

        assertThat(founder.answers()).containsEntry("growth-plan", "fast");
        assertThat(pitfall(result, "rapid-expansion").orElseThrow().reasons()).containsExactly(
                Reason.answer("growth-plan", "fast"),
                Reason.rule("growth-outruns-team",
                        List.of("growth-plan = fast | aggressive (fast)", "team < 55 (33)")));
    }

    @Test
    void fastGrowthWithAStrongTeamIsFlaggedByTheAnswerButNotByTheRule() {
        var result = Founder.at(Stage.SEED).everywhere(STRONG).answering("growth-plan", "fast").score();

        // team: 3 + 3 + 3 + 3 + 1 of 15 = 87, above the rule's 55
        assertThat(result.dimensions().get("team").score()).isEqualTo(87);
        assertThat(pitfall(result, "rapid-expansion").orElseThrow().reasons())
                .containsExactly(Reason.answer("growth-plan", "fast"));
    }

    @Test
    void steadyGrowthWithAStrongTeamFlagsNoRapidExpansion() {
        var result = Founder.at(Stage.SEED).everywhere(DECENT).with(STRONG, "team").score();

        assertThat(pitfall(result, "rapid-expansion")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void aFounderStrongEverywhereGetsNoFlagAHighIndexAndTheStrongBand(Stage stage) {
        for (String industry : questionnaire.facts().industries()) {
            var result = Founder.at(stage).in(industry).everywhere(STRONG).score();

            assertThat(result.index()).as(industry).isEqualTo(100);
            assertThat(result.band()).as(industry).isEqualTo("strong");
            assertThat(result.flaggedPitfalls()).as(industry).isEmpty();
            assertThat(result.flaggedRisks()).as(industry).isEmpty();
            assertThat(result.strategies()).as(industry).isEmpty();
            assertThat(result.evidenceToDo()).as(industry).isEmpty();
            assertThat(result.unanswered()).as(industry).isEmpty();
            assertThat(result.ignored()).as(industry).isEmpty();
        }
    }

    @Test
    void aFounderWeakEverywhereGetsEveryContentPitfallAndTheEarlyBand() {
        var result = Founder.at(Stage.SEED).everywhere(WEAK).score();

        assertThat(result.index()).isZero();
        assertThat(result.band()).isEqualTo("early");
        assertThat(result.flaggedPitfalls()).extracting(Flag::id).containsExactlyInAnyOrderElementsOf(CONTENT_PITFALLS);
        assertThat(result.flaggedRisks()).extracting(Flag::severity).first().isEqualTo("critical");
        assertThat(result.strategies()).hasSize(ReadinessScorer.MAX_STRATEGIES);
    }

    @Test
    void aFounderWhoKnowsNothingGetsNoScoreButAnEvidenceToDoList() {
        var founder = Founder.at(Stage.IDEA).everywhere(Founder.Level.UNKNOWN);
        var result = founder.score();

        assertThat(result.index()).isNull();
        assertThat(result.band()).isNull();
        assertThat(result.dimensions().values()).allSatisfy(d -> assertThat(d.score()).isNull());
        assertThat(result.evidenceToDo()).containsExactlyElementsOf(founder.answers().keySet());
        assertThat(result.flaggedRisks()).isEmpty();
        assertThat(result.flaggedPitfalls()).isEmpty();
    }

    @Test
    void dontKnowInOneDimensionLeavesItOutOfTheIndexInsteadOfCountingZero() {
        var result = Founder.at(Stage.SEED).everywhere(STRONG).with(Founder.Level.UNKNOWN, "compute").score();

        assertThat(result.dimensions().get("compute").score()).isNull();
        assertThat(result.index()).isEqualTo(100);
        assertThat(result.evidenceToDo()).containsExactly("compute-budget", "training-approach",
                "compute-ownership", "cost-per-request");
    }

    @Test
    void weighsComputeAndFundingMoreAtSeedAndMarketEvidenceMoreAtPreSeedThanAtIdea() {
        var idea = Founder.at(Stage.IDEA).everywhere(STRONG).score().dimensions();
        var preSeed = Founder.at(Stage.PRE_SEED).everywhere(STRONG).score().dimensions();
        var seed = Founder.at(Stage.SEED).everywhere(STRONG).score().dimensions();

        assertThat(seed.get("compute").weight()).isGreaterThan(idea.get("compute").weight());
        assertThat(seed.get("funding").weight()).isGreaterThan(idea.get("funding").weight());
        assertThat(preSeed.get("market").weight()).isGreaterThan(idea.get("market").weight());
        assertThat(idea.get("compute").weight()).isEqualTo(0.7);
        assertThat(seed.get("compute").weight()).isEqualTo(1.5);
    }

    @Test
    void theSameShapeScoresDifferentlyAtIdeaAndAtSeed() {
        var idea = Founder.at(Stage.IDEA).everywhere(WEAK).with(STRONG, "team", "technology", "market").score();
        var seed = Founder.at(Stage.SEED).everywhere(WEAK).with(STRONG, "team", "technology", "market").score();

        // the same dimension scores (100 or 0), weighed for each stage
        assertThat(idea.dimensions().values()).allSatisfy(d -> assertThat(d.score())
                .isEqualTo(seed.dimensions().get(d.id()).score()));
        assertThat(idea.index()).isEqualTo(weightedMean(idea)).isEqualTo(40);
        assertThat(seed.index()).isEqualTo(weightedMean(seed)).isEqualTo(27);
        assertThat(idea.band()).isEqualTo("developing");
        assertThat(seed.band()).isEqualTo("early");
    }

    @Test
    void asksIdeaStageFoundersNothingAboutPayingCustomersOrRunway() {
        var founder = Founder.at(Stage.IDEA).everywhere(STRONG);

        assertThat(askedIds(founder)).doesNotContain("willingness-to-pay", "runway-months", "real-world-pilots",
                "channel-partners", "late-round-plan");
        assertThat(askedIds(Founder.at(Stage.SEED).everywhere(STRONG))).contains("willingness-to-pay",
                "runway-months", "real-world-pilots", "channel-partners");
    }

    @Test
    void ignoresAnswersAboutPayingCustomersFromAnIdeaStageFounder() {
        var founder = Founder.at(Stage.IDEA).everywhere(STRONG);
        Map<String, String> answers = new LinkedHashMap<>(founder.answers());
        answers.put("willingness-to-pay", "none");

        var result = ReadinessScorer.score(questionnaire, founder.profile(), answers);

        assertThat(result.ignored()).containsExactly("willingness-to-pay");
        assertThat(result).usingRecursiveComparison().ignoringFields("ignored").isEqualTo(founder.score());
    }

    @Test
    void asksHealthcareStartupsTheMedicalQuestionsAndFinanceStartupsTheFinanceRules() {
        List<String> medical = List.of("medical-data-compliance", "medical-product-standards",
                "real-world-validation");

        assertThat(askedIds(Founder.at(Stage.SEED).in("healthcare").everywhere(STRONG))).containsAll(medical)
                .doesNotContain("finance-regulations");
        assertThat(askedIds(Founder.at(Stage.SEED).in("finance").everywhere(STRONG)))
                .contains("finance-regulations").doesNotContainAnyElementsOf(medical);
        assertThat(askedIds(Founder.at(Stage.SEED).in("automotive").everywhere(STRONG)))
                .contains("real-world-validation").doesNotContain("medical-product-standards");
    }

    @Test
    void asksFollowUpsOnlyAfterTheAnswersThatCallForThem() {
        assertThat(askedIds(Founder.at(Stage.SEED).everywhere(STRONG))).contains("customer-concentration",
                "partner-terms").doesNotContain("late-round-plan");
        assertThat(askedIds(Founder.at(Stage.SEED).everywhere(STRONG).answering("commercial-path", "pilot")
                .answering("runway-months", "six-to-twelve").answering("ecosystem-partners", "talks")))
                .contains("late-round-plan").doesNotContain("customer-concentration", "partner-terms");
    }

    @Test
    void anOpenMedicalApprovalFlagsComplianceAndSafetyRisks() {
        var result = Founder.at(Stage.SEED).in("healthcare").everywhere(STRONG)
                .answering("medical-product-standards", "identified").score();

        assertThat(result.flaggedRisks()).extracting(Flag::id)
                .containsExactly("safety-critical-failure", "regulatory-non-compliance");
        assertThat(result.flaggedRisks()).allSatisfy(f -> assertThat(f.reasons()).contains(
                Reason.rule("medical-approval-open", List.of("medical-product-standards = unchecked | identified"
                        + " (identified)"))));
        assertThat(result.cases()).extracting(CaseMatch::id).first().isEqualTo("ai-medical-imaging");
    }

    @Test
    void aShortRunwayFlagsTheFundingGap() {
        var result = Founder.at(Stage.SEED).everywhere(STRONG).answering("runway-months", "under-six").score();

        // the answer itself also names compute-cost; the critical funding gap comes first
        assertThat(result.flaggedRisks()).extracting(Flag::id).containsExactly("funding-gap", "compute-cost");
        assertThat(result.flaggedRisks().get(0).severity()).isEqualTo("critical");
        assertThat(result.flaggedRisks().get(0).reasons())
                .contains(Reason.rule("runway-short", List.of("runway-months = under-six (under-six)")));
    }

    @Test
    void explainsEveryFlagByTheAnswersGivenOrByARuleWithTheActualValues() {
        var founder = Founder.at(Stage.GROWTH).in("healthcare").everywhere(SHAKY);
        var result = founder.score();

        assertThat(Stream.concat(result.flaggedRisks().stream(), result.flaggedPitfalls().stream())).isNotEmpty()
                .allSatisfy(flag -> assertThat(flag.reasons()).isNotEmpty().allSatisfy(reason -> {
                    if (reason.type().equals(Reason.ANSWER)) {
                        assertThat(founder.answers()).containsEntry(reason.questionId(), reason.optionId());
                        Question question = questionnaire.question(reason.questionId()).orElseThrow();
                        assertThat(Stream.concat(question.weakRisks().stream(), question.weakPitfalls().stream()))
                                .contains(flag.id());
                    } else {
                        var rule = questionnaire.rules().stream().filter(r -> r.id().equals(reason.ruleId()))
                                .findFirst().orElseThrow();
                        assertThat(rule.flags()).contains(flag.id());
                        assertThat(reason.conditions()).hasSameSizeAs(rule.when())
                                .allMatch(c -> c.matches(".+ \\([a-z0-9-]+\\)"));
                    }
                }));
    }

    @Test
    void ranksStrategiesByTheWeightOfTheGapsTheyAddress() {
        var result = Founder.at(Stage.SEED).everywhere(DECENT).with(WEAK, "funding").with(SHAKY, "data").score();

        assertThat(result.strategies()).isSortedAccordingTo((a, b) -> Double.compare(b.weight(), a.weight()));
        // funding-gap is critical (4) and funding weighs 1.6 at seed; three weak funding answers
        // and two rules also point to it
        assertThat(result.strategies().get(0).id()).isIn("staged-funding", "policy-incubators", "capital-planning");
        assertThat(result.strategies().get(0).addresses()).contains("funding-gap");
    }

    @Test
    void recommendsCaseStudiesOfTheIndustryAndOfTheRecommendedStrategies() {
        var result = Founder.at(Stage.SEED).in("healthcare").everywhere(STRONG).with(SHAKY, "data").score();

        assertThat(result.cases()).extracting(CaseMatch::id).startsWith("ai-medical-imaging");
        assertThat(result.cases().get(0).sameIndustry()).isTrue();
        assertThat(result.cases().get(0).strategies()).contains("data-quality-assurance", "domain-data-partnerships");
        assertThat(result.cases()).extracting(CaseMatch::id).contains("deepmind", "baidu-ernie");
    }

    private static Optional<Flag> pitfall(ReadinessResult result, String id) {
        return result.flaggedPitfalls().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private List<String> askedIds(Founder founder) {
        return ReadinessScorer.askedQuestions(questionnaire, founder.profile(), founder.answers()).stream()
                .map(Question::id).toList();
    }

    private static long weightedMean(ReadinessResult result) {
        double sum = 0;
        double weights = 0;
        for (var d : result.dimensions().values()) {
            if (d.score() != null) {
                sum += d.score() * d.weight();
                weights += d.weight();
            }
        }
        return Math.round(sum / weights);
    }
}
