package app.runway.cohort;

import java.util.ArrayList;
import java.util.List;

import app.runway.assessment.ReviewState;
import app.runway.questionnaire.Stage;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the dashboard shows: the filters, and each statistic as a chart with its table.
 *
 * @param total        assessments in the (filtered) cohort
 * @param csvLink      the CSV of the same cohort
 * @param withoutIndex assessments without a readiness index, left out of the index chart
 * @param benchmarks   the quartiles per stage present, one voice per founder
 */
record CohortPage(CohortFilter filter, List<Choice> stages, List<Choice> industries, int total, String csvLink,
        Chart byStage, Chart byState, Chart dimensions, Chart risks, Chart pitfalls, Chart index,
        int withoutIndex, List<CohortBenchmarks.StageBenchmark> benchmarks) {

    /** An option of a filter. */
    record Choice(String id, String label) {
    }

    /**
     * A chart and the table beside it, both from the same bars.
     *
     * @param id       unique on the page, for the SVG's title and description ids
     * @param titleKey the message key of its heading
     */
    record Chart(String id, String titleKey, BarChart svg) {

        public boolean empty() {
            return svg.bars().isEmpty();
        }
    }

    static CohortPage of(CohortFilter filter, List<String> industries, List<String> dimensionIds,
            List<CohortMember> members, CohortLabels labels) {
        CohortStats stats = CohortStats.of(members, dimensionIds);
        String noData = labels.message("cohort.noData");

        List<Choice> stageChoices = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            stageChoices.add(new Choice(stage.id(), labels.stage(stage)));
        }
        List<Choice> industryChoices = industries.stream().map(id -> new Choice(id, labels.entry(id))).toList();

        List<BarChart.Item> byStage = stats.byStage().stream()
                .map(c -> count(labels.stage(Stage.fromId(c.id()).orElseThrow()), c.count(), null)).toList();
        List<BarChart.Item> byState = stats.byState().stream()
                .map(c -> count(labels.state(ReviewState.valueOf(c.id())), c.count(), null))
                .toList();
        List<BarChart.Item> dimensions = stats.dimensions().stream()
                .map(a -> new BarChart.Item(labels.dimension(a.id()), a.average(),
                        a.average() == null ? noData : String.valueOf(a.average()), null, a.scored()))
                .toList();
        List<BarChart.Item> risks = stats.risks().stream()
                .map(c -> count(labels.entry(c.id()), c.count(), labels.url(c.id()))).toList();
        List<BarChart.Item> pitfalls = stats.pitfalls().stream()
                .map(c -> count(labels.entry(c.id()), c.count(), labels.url(c.id()))).toList();
        List<BarChart.Item> index = stats.index().stream()
                .map(c -> count(bucketLabel(Integer.parseInt(c.id())), c.count(), null)).toList();

        return new CohortPage(filter, stageChoices, industryChoices, stats.total(), csvLink(filter),
                new Chart("by-stage", "cohort.byStage", counts(byStage)),
                new Chart("by-state", "cohort.byState", counts(byState)),
                new Chart("dimensions", "cohort.dimensions", BarChart.of(dimensions, 100)),
                new Chart("risks", "cohort.risks", counts(risks)),
                new Chart("pitfalls", "cohort.pitfalls", counts(pitfalls)),
                new Chart("index", "cohort.index", counts(index)),
                stats.withoutIndex(), CohortBenchmarks.of(members, dimensionIds,
                id -> app.runway.assessment.Assessment.INDEX_SCORE.equals(id)
                        ? labels.message("cohort.quartiles.index") : labels.dimension(id)));
    }

    /** 0–9, 10–19, ... 90–100. */
    static String bucketLabel(int from) {
        int to = from + CohortStats.BUCKET - 1;
        return from + "–" + (to == 99 ? 100 : to);
    }

    private static BarChart.Item count(String label, int count, String href) {
        return new BarChart.Item(label, count, String.valueOf(count), href, null);
    }

    private static BarChart counts(List<BarChart.Item> items) {
        return BarChart.of(items, BarChart.largest(items));
    }

    private static String csvLink(CohortFilter filter) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/mentor/cohort.csv");
        if (filter.stage() != null) {
            link.queryParam("stage", filter.stage());
        }
        if (filter.programme() != null) {
            link.queryParam("programme", filter.programme());
        }
        if (filter.industry() != null) {
            link.queryParam("industry", filter.industry());
        }
        return link.encode().build().toUriString();
    }
}
