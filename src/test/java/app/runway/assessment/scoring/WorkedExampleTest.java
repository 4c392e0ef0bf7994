package app.runway.assessment.scoring;

import static app.runway.assessment.scoring.Founder.Level.DECENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.runway.assessment.scoring.ReadinessResult.CaseMatch;
import app.runway.assessment.scoring.ReadinessResult.DimensionScore;
import app.runway.assessment.scoring.ReadinessResult.Flag;
import app.runway.assessment.scoring.ReadinessResult.Reason;
import app.runway.assessment.scoring.ReadinessResult.Recommendation;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;

/** The worked example of docs/scoring.md, scored for real, so that the numbers there stay true. */
class WorkedExampleTest {

    /** A pre-seed healthcare startup; every answer not named is the lowest option that is not weak (2 of 3). */
    static Founder mediNote() {
        return Founder.at(Stage.PRE_SEED).in("healthcare").everywhere(DECENT)
                .answering("model-experience", "scale").answering("feasibility-prototype", "validated")
                .answering("customer-interviews", "few").answering("willingness-to-pay", "verbal")
                .answering("competitor-map", "unknown")
                .answering("data-sources", "public").answering("data-pipeline", "adhoc")
                .answering("data-sufficiency", "counted").answering("medical-data-compliance", "deidentified")
                .answering("revenue-streams", "one")
                .answering("runway-months", "six-to-twelve")
                .answering("medical-product-standards", "identified");
    }

    private final ReadinessResult result = mediNote().score();

    @Test
    void scoresEachDimensionWithItsPreSeedWeight() {
        Map<String, String> scoresAndWeights = new LinkedHashMap<>();
        for (DimensionScore d : result.dimensions().values()) {
            scoresAndWeights.put(d.id(), d.score() + " x " + d.weight());
        }

        assertThat(scoresAndWeights).containsExactly(entry("market", "50 x 1.7"), entry("technology", "80 x 1.4"),
                entry("data", "44 x 1.3"), entry("compute", "67 x 1.2"), entry("business-model", "50 x 1.3"),
                entry("team", "73 x 1.6"), entry("product", "67 x 1.3"), entry("go-to-market", "67 x 1.1"),
                entry("funding", "60 x 1.3"), entry("risk-management", "67 x 1.0"),
                entry("legal-ethics", "61 x 1.0"), entry("ecosystem", "67 x 1.0"));
        assertThat(mediNote().answers()).hasSize(61).containsKeys("late-round-plan", "partner-terms")
                .doesNotContainKeys("customer-concentration", "finance-regulations");
        assertThat(result.dimensions().get("market").unknown()).isEqualTo(1);
        assertThat(result.dimensions().get("data").asked()).isEqualTo(6);
    }

    @Test
    void hasAnIndexOf63InTheReadyBand() {
        // 950.2 / 15.2 = 62.5
        assertThat(result.index()).isEqualTo(63);
        assertThat(result.band()).isEqualTo("ready");
        assertThat(result.evidenceToDo()).containsExactly("competitor-map");
    }

    @Test
    void flagsThreePitfallsAndTenRisks() {
        assertThat(result.flaggedPitfalls()).extracting(Flag::id)
                .containsExactly("data-quality-neglect", "single-product", "technology-dependence");
        assertThat(result.flaggedPitfalls().get(0).reasons()).containsExactly(Reason.answer("data-pipeline", "adhoc"),
                Reason.answer("data-sufficiency", "counted"), Reason.rule("data-not-ready", List.of("data < 45 (44)")));
        assertThat(result.flaggedRisks()).extracting(Flag::id).containsExactly("safety-critical-failure",
                "funding-gap", "data-quality-quantity", "regulatory-non-compliance", "immature-business-model",
                "uncertain-demand", "compute-cost", "data-leakage", "data-privacy", "poor-model-performance");
    }

    @Test
    void ranksStrategiesByTheWeightOfTheGapsTheyAddress() {
        assertThat(result.strategies()).hasSize(12);
        // uncertain-demand 3 x 1.7 + immature-business-model 3 x 1.7 + poor-model-performance 3 x 1.3
        // + compute-cost 3 x 1.3 + safety-critical-failure 4 x 1.0
        assertThat(result.strategies().get(0)).isEqualTo(new Recommendation("structured-risk-management", 22.0,
                List.of("uncertain-demand", "immature-business-model", "poor-model-performance", "compute-cost",
                        "safety-critical-failure")));
        assertThat(result.strategies()).extracting(r -> r.id() + " " + r.weight()).containsExactly(
                "structured-risk-management 22.0", "market-research 17.0", "data-quality-assurance 14.3",
                "product-design-process 14.1", "demand-orientation 13.6", "real-world-testing 11.8",
                "domain-data-partnerships 10.4", "staged-funding 10.4", "business-model-innovation 10.3",
                "product-diversification 10.3", "commercialisation-path 10.2", "market-positioning 10.2");
    }

    @Test
    void matchesCasesByIndustryAndByRecommendedStrategies() {
        assertThat(result.cases()).extracting(CaseMatch::id).containsExactly("ai-medical-imaging",
                "ai-autonomous-driving", "baidu-ernie", "deepmind", "ai-customer-service");
        assertThat(result.cases().get(0)).isEqualTo(new CaseMatch("ai-medical-imaging", true, List.of(
                "data-quality-assurance", "domain-data-partnerships", "market-research", "real-world-testing")));
    }
}
