package app.runway.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import app.runway.founder.ProgressChart.Marker;
import app.runway.founder.ProgressChart.Value;
import org.junit.jupiter.api.Test;

/** Scores to scale from 0 at the bottom to 100 at the top, assessments evenly spaced, gaps where a score is missing. */
class ProgressChartTest {

    private static final double PLOT_TOP = ProgressChart.TOP;
    private static final double PLOT_BOTTOM = ProgressChart.HEIGHT - ProgressChart.BOTTOM;

    @Test
    void placesScoresOnTheScaleFromZeroAtTheBottomToOneHundredAtTheTop() {
        ProgressChart chart = ProgressChart.of(List.of(new Value("1", 0), new Value("2", 50), new Value("3", 100)));

        assertThat(chart.markers()).extracting(Marker::score).containsExactly(0, 50, 100);
        assertThat(y(chart.markers().get(0))).isEqualTo(PLOT_BOTTOM);
        assertThat(y(chart.markers().get(1))).isEqualTo((PLOT_TOP + PLOT_BOTTOM) / 2);
        assertThat(y(chart.markers().get(2))).isEqualTo(PLOT_TOP);
        // The number above a score of 100 stays inside the picture.
        assertThat(Double.parseDouble(chart.markers().get(2).labelY())).isPositive();
        assertThat(chart.width()).isEqualTo(ProgressChart.WIDTH);
        assertThat(chart.height()).isEqualTo(ProgressChart.HEIGHT);
    }

    @Test
    void spacesTheAssessmentsEvenlyInsideThePlotInTheirOrder() {
        ProgressChart chart = ProgressChart.of(List.of(new Value("1", 10), new Value("2", 20), new Value("3", 30),
                new Value("4", 40)));

        List<Double> xs = chart.markers().stream().map(m -> Double.parseDouble(m.x())).toList();
        assertThat(xs.get(0)).isEqualTo(ProgressChart.LEFT + ProgressChart.PAD);
        assertThat(xs.get(3)).isEqualTo(ProgressChart.WIDTH - ProgressChart.RIGHT - ProgressChart.PAD);
        assertThat(xs.get(1) - xs.get(0)).isCloseTo(xs.get(2) - xs.get(1), offset(0.11));
        assertThat(chart.ticks()).extracting(ProgressChart.Tick::label).containsExactly("1", "2", "3", "4");
        assertThat(chart.ticks()).extracting(ProgressChart.Tick::x)
                .containsExactlyElementsOf(chart.markers().stream().map(Marker::x).toList());
    }

    @Test
    void joinsTheScoresWithOneLine() {
        ProgressChart chart = ProgressChart.of(List.of(new Value("1", 40), new Value("2", 72)));

        assertThat(chart.lines()).hasSize(1);
        Marker first = chart.markers().get(0);
        Marker second = chart.markers().get(1);
        assertThat(chart.lines().get(0)).isEqualTo(first.x() + "," + first.y() + " " + second.x() + "," + second.y());
    }

    @Test
    void aSingleAssessmentIsAPointInTheMiddleWithoutALine() {
        ProgressChart chart = ProgressChart.of(List.of(new Value("1", 58)));

        assertThat(chart.lines()).isEmpty();
        assertThat(chart.markers()).hasSize(1);
        assertThat(Double.parseDouble(chart.markers().get(0).x()))
                .isEqualTo(ProgressChart.LEFT + (ProgressChart.WIDTH - ProgressChart.LEFT - ProgressChart.RIGHT) / 2.0);
    }

    @Test
    void aMissingScoreHasNoMarkerAndBreaksTheLine() {
        ProgressChart chart = ProgressChart.of(List.of(new Value("1", 20), new Value("2", 30), new Value("3", null),
                new Value("4", 60), new Value("5", null), new Value("6", 80)));

        assertThat(chart.markers()).extracting(Marker::position).containsExactly(0, 1, 3, 5);
        // 1-2 joined; 4 and 6 stand alone between gaps.
        assertThat(chart.lines()).hasSize(1);
        assertThat(chart.lines().get(0).split(" ")).hasSize(2);
        // Every assessment keeps its place and label on the x axis.
        assertThat(chart.ticks()).hasSize(6);
    }

    @Test
    void aDimensionMissingEverywhereDrawsOnlyTheGrid() {
        ProgressChart chart = ProgressChart.of(List.of(new Value("1", null), new Value("2", null)));

        assertThat(chart.markers()).isEmpty();
        assertThat(chart.lines()).isEmpty();
        assertThat(chart.gridlines()).extracting(ProgressChart.Gridline::value).containsExactly(0, 25, 50, 75, 100);
        assertThat(Double.parseDouble(chart.gridlines().get(0).y())).isEqualTo(PLOT_BOTTOM);
        assertThat(Double.parseDouble(chart.gridlines().get(4).y())).isEqualTo(PLOT_TOP);
    }

    @Test
    void scoresOutsideTheScaleAreKeptOnIt() {
        ProgressChart chart = ProgressChart.of(List.of(new Value("1", -5), new Value("2", 120)));

        assertThat(y(chart.markers().get(0))).isEqualTo(PLOT_BOTTOM);
        assertThat(y(chart.markers().get(1))).isEqualTo(PLOT_TOP);
    }

    @Test
    void noAssessmentDrawsNothingButTheGrid() {
        ProgressChart chart = ProgressChart.of(List.of());

        assertThat(chart.markers()).isEmpty();
        assertThat(chart.ticks()).isEmpty();
        assertThat(chart.lines()).isEmpty();
        assertThat(chart.gridlines()).hasSize(5);
    }

    private static double y(Marker marker) {
        return Double.parseDouble(marker.y());
    }
}
