package app.runway.assessment.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the report page and the PDF show, already in the reader's language: templates only
 * lay it out. Built by {@link ReportAssembler}.
 *
 * @param industry     the industry's title in the guide
 * @param stage        the stage id ({@code idea} ... {@code growth})
 * @param index        the readiness index 0-100, or null when no question had an answer
 * @param band         the readiness band the index falls in, or null with no index
 * @param outdated     whether the guide changed since the assessment was scored
 * @param editable     whether the reader may change the answers and re-score (its founder, not a mentor
 *                     reading it)
 * @param plan         the 30/60/90-day action plan, built from the top strategies
 * @param evidence     questions answered "I don't know": the evidence to collect
 * @param whatIf       the questions the founder was asked, grouped by dimension, for the what-if form
 */
record ReportView(String token, String startupName, String industry, String stage, int teamSize,
        LocalDate completedOn, Integer index, BandView band, boolean outdated, boolean editable,
        List<DimensionRow> dimensions, RadarChart radar, List<DimensionRow> strengths, List<DimensionRow> gaps,
        List<FlagView> risks, List<FlagView> pitfalls, List<StrategyView> strategies, List<CaseView> cases,
        List<PlanStep> plan, List<EvidenceItem> evidence, List<QuestionGroup> whatIf) {

    /** A dimension scoring at least this is a strength. */
    static final int STRENGTH = 70;
    /** A dimension scoring at most this is a gap. */
    static final int GAP = 45;

    public String reportUrl() {
        return "/assessments/" + token + "/report";
    }

    /** Where the founder changes the answers of a dimension (the questionnaire's pages). */
    public String answersUrl(String dimensionId) {
        return "/assessments/" + token + "/dimensions/" + dimensionId;
    }

    /** A readiness band: its title and its explanation (sanitised guide HTML, and as plain text for the PDF). */
    record BandView(String id, String title, String html, String text) {
    }

    /**
     * One dimension's line in the data table beside the radar.
     *
     * @param score  0-100, or null when no question of the dimension has an answer ("no evidence")
     * @param weight its weight in the index at the startup's stage
     */
    record DimensionRow(String id, String title, Integer score, double weight, int asked, int answered,
            int unknown) {
    }

    /**
     * A flagged risk or pitfall.
     *
     * @param kind     {@code risk} or {@code pitfall}
     * @param severity the risk's severity; null for pitfalls
     */
    record FlagView(String id, String kind, String title, String url, String severity, List<ReasonView> reasons) {
    }

    /**
     * Why a flag was raised: an answer ({@code question}, {@code option}) or a rule ({@code ruleTitle},
     * its explanation and the conditions that held).
     */
    record ReasonView(boolean answer, String question, String option, String ruleTitle, String ruleHtml,
            String ruleText, List<ConditionView> conditions) {

        static ReasonView answer(String question, String option) {
            return new ReasonView(true, question, option, null, null, null, List.of());
        }
    }

    /**
     * A rule's condition as it was evaluated: a dimension score against a threshold, or an answer.
     *
     * @param operator {@code lt}, {@code le}, {@code gt} or {@code ge} (message keys), for dimension conditions
     * @param source   the condition as written in the content, shown when nothing better is known
     */
    record ConditionView(String dimension, Integer score, String operator, String threshold, String question,
            String option, String source) {

        public boolean onDimension() {
            return dimension != null;
        }

        public boolean onAnswer() {
            return question != null;
        }
    }

    /** A recommended strategy and the gaps it addresses. */
    record StrategyView(String id, String title, String url, String summary, List<Addressed> addresses) {
    }

    /** A gap a strategy addresses: a flagged risk or pitfall (with its guide page), or a weak answer (url null). */
    record Addressed(String title, String url) {
    }

    record CaseView(String id, String title, String url, String summary, boolean sameIndustry,
            List<String> strategies) {
    }

    /** The strategies to start within {@code days} days. */
    record PlanStep(int days, List<StrategyView> strategies) {
    }

    record EvidenceItem(String questionId, String question, String dimensionId, String dimension) {
    }

    record QuestionGroup(String dimension, List<QuestionChoice> questions) {
    }

    /** A question as offered in the what-if form, with the founder's current answer. */
    record QuestionChoice(String id, String text, String currentAnswer) {
    }
}
