package app.runway.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Bars drawn to scale, one row each, with room for the number after the longest. */
class BarChartTest {

    @Test
    void drawsBarsInProportionToTheLargest() {
        BarChart chart = BarChart.of(List.of(new BarChart.Item("a", 4, "4"), new BarChart.Item("b", 2, "2")), 4);
        assertThat(chart.bars()).hasSize(2);
        double full = Double.parseDouble(chart.bars().get(0).barWidth());
        double half = Double.parseDouble(chart.bars().get(1).barWidth());
        assertThat(half).isEqualTo(full / 2);
        assertThat(full).isLessThan(BarChart.WIDTH);
        assertThat(Double.parseDouble(chart.bars().get(0).valueX())).isLessThanOrEqualTo(BarChart.WIDTH);
        assertThat(chart.height()).isEqualTo(80);
    }

    @Test
    void drawsNoBarForNoDataOrWhenEverythingIsZero() {
        BarChart chart = BarChart.of(List.of(new BarChart.Item("a", null, "no data"),
                new BarChart.Item("b", 0, "0")), 0);
        assertThat(chart.bars()).extracting(BarChart.Bar::barWidth).containsOnly("0.0");
    }

    @Test
    void shortensLongLabelsInTheChartButKeepsThemWholeForTheTable() {
        String label = "x".repeat(60);
        BarChart.Bar bar = BarChart.of(List.of(new BarChart.Item(label, 1, "1")), 1).bars().get(0);
        assertThat(bar.label()).hasSize(48).endsWith("…");
        assertThat(bar.item().label()).isEqualTo(label);
    }
}
