package app.runway.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.runway.assessment.report.ReportView.DimensionRow;
import app.runway.assessment.report.ReportView.FlagView;
import app.runway.assessment.report.ReportView.ReasonView;
import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.guide.TestGuides;
import app.runway.guide.load.GuideLoader;
import app.runway.markup.PlainText;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Questionnaire;
import app.runway.support.Answers;
import app.runway.support.Assessments;
import org.junit.jupiter.api.Test;

/** The report's content from a stored result, without Spring: the bundled questionnaire, a fake guide. */
class ReportAssemblerTest {

    private static final Questionnaire QUESTIONNAIRE = new GuideLoader().load(TestGuides.bundled()).questionnaire();
    private static final Profile LAB = Assessments.LAB;

    /** The guide as the fake sees it: every id is an entry titled "Title of id"; every call is recorded. */
    private final List<Collection<String>> lookups = new ArrayList<>();
    private final ReportAssembler assembler = new ReportAssembler(this::titles);
    private final ResultComparison comparison = new ResultComparison(this::titles);
    private final WhatIfAssembler whatIfs = new WhatIfAssembler(comparison);

    private Map<String, GuideTitles.Entry> titles(Collection<String> ids, String lang) {
        lookups.add(List.copyOf(ids));
        return ids.stream().collect(Collectors.toMap(id -> id,
                id -> new GuideTitles.Entry(id, "Title of " + id, "Summary of " + id, "/guide/entries/" + id)));
    }

    @Test
    void researchLabGetsTechnologyDependenceWithTheRuleAndItsConditions() {
        ReportView report = report(researchLab(), "en");

        FlagView pitfall = flag(report.pitfalls(), "technology-dependence");
        assertThat(pitfall.url()).isEqualTo("/guide/entries/technology-dependence");
        ReasonView rule = pitfall.reasons().stream().filter(r -> !r.answer()).findFirst().orElseThrow();
        assertThat(rule.ruleTitle()).isEqualTo("Technology ahead of the market");
        assertThat(rule.ruleHtml()).contains("depending on technology alone");
        assertThat(rule.ruleText()).doesNotContain("<");
        assertThat(rule.conditions()).hasSize(3);
        assertThat(rule.conditions().get(0).dimension()).isEqualTo("Technical capability and innovation");
        assertThat(rule.conditions().get(0).operator()).isEqualTo("ge");
        assertThat(rule.conditions().get(0).threshold()).isEqualTo("60");
        assertThat(rule.conditions().get(0).score()).isEqualTo(100);
    }

    @Test
    void weakAnswersExplainTheirFlagsWithQuestionAndOption() {
        ReportView report = report(researchLab(), "en");

        Question interviews = QUESTIONNAIRE.question("customer-interviews").orElseThrow();
        FlagView demand = flag(report.risks(), "uncertain-demand");
        assertThat(demand.reasons()).contains(ReasonView.answer(interviews.texts().get("en").title(), "None yet"));
        assertThat(demand.severity()).isNotNull();
    }

    @Test
    void risksKeepTheResultsOrderMostSevereFirst() {
        ReadinessResult result = score(researchLab());
        ReportView report = report(researchLab(), "en");

        assertThat(report.risks()).extracting(FlagView::id)
                .containsExactlyElementsOf(result.flaggedRisks().stream().map(ReadinessResult.Flag::id).toList());
    }

    @Test
    void strengthsAndGapsFollowTheThresholds() {
        ReportView report = report(researchLab(), "en");

        assertThat(report.strengths()).extracting(DimensionRow::id).contains("technology");
        assertThat(report.strengths()).allMatch(r -> r.score() >= 70);
        assertThat(report.gaps()).extracting(DimensionRow::id).contains("market", "business-model");
        assertThat(report.gaps()).allMatch(r -> r.score() <= 45);
        assertThat(report.dimensions()).hasSize(12);
    }

    @Test
    void planTakesTheTopStrategiesThreeAtATime() {
        ReportView report = report(researchLab(), "en");

        assertThat(report.strategies()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(report.plan()).extracting(ReportView.PlanStep::days).containsExactly(30, 60, 90);
        assertThat(report.plan().get(0).strategies()).containsExactlyElementsOf(report.strategies().subList(0, 3));
        assertThat(report.plan().get(1).strategies()).containsExactlyElementsOf(report.strategies().subList(3, 6));
        assertThat(report.plan().get(2).strategies()).containsExactlyElementsOf(report.strategies().subList(6, 9));
    }

    @Test
    void shortPlanHasOnlyTheStepsItCanFill() {
        List<ReportView.StrategyView> four = report(researchLab(), "en").strategies().subList(0, 4);

        assertThat(ReportAssembler.plan(four)).extracting(s -> s.strategies().size()).containsExactly(3, 1);
        assertThat(ReportAssembler.plan(List.of())).isEmpty();
    }

    @Test
    void unknownAnswersBecomeTheEvidenceToDoList() {
        Map<String, String> answers = researchLab();
        answers.put("data-sources", Questionnaire.UNKNOWN);
        answers.put("risk-register", Questionnaire.UNKNOWN);

        ReportView report = report(answers, "en");

        assertThat(report.evidence()).extracting(ReportView.EvidenceItem::questionId)
                .containsExactly("data-sources", "risk-register");
        assertThat(report.evidence().get(0).dimension()).isEqualTo("Data readiness");
    }

    @Test
    void everyGuideTitleComesFromOneLookup() {
        ReportView report = report(researchLab(), "en");

        assertThat(lookups).hasSize(1);
        assertThat(lookups.get(0)).contains("healthcare", "technology-dependence", "uncertain-demand",
                report.strategies().get(0).id(), report.cases().get(0).id());
        assertThat(report.industry()).isEqualTo("Title of healthcare");
    }

    @Test
    void casesInTheFoundersIndustryAreMarked() {
        ReportView report = report(researchLab(), "en");

        assertThat(report.cases()).anyMatch(ReportView.CaseView::sameIndustry);
    }

    @Test
    void chineseReportUsesTheChineseQuestionnaire() {
        ReportView report = report(researchLab(), "zh");

        assertThat(report.dimensions().get(0).title()).isEqualTo("市场洞察与定位");
        assertThat(flag(report.pitfalls(), "technology-dependence").reasons())
                .anyMatch(r -> !r.answer() && r.ruleTitle().equals(QUESTIONNAIRE.rules().stream()
                        .filter(rule -> rule.id().equals("technology-without-market")).findFirst().orElseThrow()
                        .texts().get("zh").title()));
    }

    @Test
    void bandCarriesItsTitleAndExplanation() {
        ReportView report = report(best(), "en");

        assertThat(report.index()).isEqualTo(100);
        assertThat(report.band().title()).isEqualTo("Strong");
        assertThat(report.band().html()).contains("every quarter");
        assertThat(report.pitfalls()).isEmpty();
    }

    @Test
    void radarHasAnAxisPerDimensionAndNoDotWithoutEvidence() {
        Map<String, String> answers = best();
        QUESTIONNAIRE.questionsOf("ecosystem").forEach(q -> answers.put(q.id(), Questionnaire.UNKNOWN));

        ReportView report = report(answers, "en");

        assertThat(report.radar().axes()).hasSize(12);
        assertThat(report.radar().dots()).hasSize(11).noneMatch(d -> d.id().equals("ecosystem"));
        assertThat(report.dimensions()).filteredOn(r -> r.id().equals("ecosystem"))
                .singleElement().extracting(DimensionRow::score).isNull();
        // The first axis points straight up from the centre.
        assertThat(report.radar().axes().get(0).x()).isEqualTo(report.radar().cx());
    }

    @Test
    void whatIfListsOnlyWhatChanges() {
        Map<String, String> answers = best();
        Question register = QUESTIONNAIRE.question("risk-register").orElseThrow();
        Map<String, String> changed = new LinkedHashMap<>(answers);
        changed.put(register.id(), register.options().get(0).id());

        ScoredAssessment scored = scored(answers);
        WhatIfView view = whatIfs.whatIf(scored, QUESTIONNAIRE, register, register.options().get(0).id(),
                score(changed), "en");

        Comparison comparison = view.comparison();
        assertThat(comparison.dimensions()).extracting(Comparison.ScoreChange::id).containsExactly("risk-management");
        assertThat(comparison.dimensions().get(0).before()).isEqualTo(100);
        assertThat(comparison.dimensions().get(0).after()).isLessThan(100);
        assertThat(comparison.indexAfter()).isLessThan(comparison.indexBefore());
        assertThat(comparison.resolved()).isEmpty();
        assertThat(comparison.unchanged()).isFalse();
        assertThat(view.chosen().id()).isEqualTo(register.options().get(0).id());
        assertThat(view.options()).extracting(WhatIfView.OptionChoice::id).endsWith(Questionnaire.UNKNOWN);
        assertThat(view.options()).filteredOn(WhatIfView.OptionChoice::current).singleElement()
                .extracting(WhatIfView.OptionChoice::id).isEqualTo(best().get(register.id()));
    }

    @Test
    void comparingAResultWithItselfFindsNothing() {
        ReadinessResult result = score(researchLab());

        assertThat(comparison.compare(result, QUESTIONNAIRE, result, QUESTIONNAIRE, "en").unchanged()).isTrue();
        assertThat(lookups).isEmpty();
    }

    @Test
    void plainTextDropsTagsAndDecodesEntities() {
        assertThat(PlainText.of("<p>Cost &amp; time: &lt;6 months &#39;now&#39;</p><p>Next</p>"))
                .isEqualTo("Cost & time: <6 months 'now' Next");
    }

    // --- founders ---

    private static Map<String, String> researchLab() {
        return Answers.answers(QUESTIONNAIRE, LAB, Answers.RESEARCH_LAB);
    }

    private static Map<String, String> best() {
        return Answers.answers(QUESTIONNAIRE, LAB, Answers.BEST);
    }

    private static ReadinessResult score(Map<String, String> answers) {
        return ReadinessScorer.score(QUESTIONNAIRE, LAB, answers);
    }

    private static ScoredAssessment scored(Map<String, String> answers) {
        return new ScoredAssessment("token", LAB, answers, score(answers), LocalDate.of(2025, 3, 1));
    }

    private ReportView report(Map<String, String> answers, String lang) {
        return assembler.assemble(scored(answers), QUESTIONNAIRE, false, true, lang);
    }

    private static FlagView flag(List<FlagView> flags, String id) {
        return flags.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not flagged: "
                        + flags.stream().map(FlagView::id).toList()));
    }
}
