package app.runway.founder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart's geometry, computed here so that the template only draws it as SVG: one score per
 * assessment, the assessments evenly spaced from left to right in the order they were made, the
 * score from 0 (bottom) to 100 (top) with a gridline every 25. Every score gets a marker with its
 * number above it; consecutive scores are joined by a line. An assessment without a score (no
 * evidence, or a dimension its questionnaire did not have) gets no marker and breaks the line, so
 * that no line claims a change nobody measured; a lone score is a marker without a line.
 *
 * @param left   the x of the plot's left edge, where the gridlines start
 * @param right  the x of the plot's right edge
 * @param lines  each unbroken run of two or more scores as polyline points, {@code "x,y x,y ..."}
 * @param axisX  where the x axis's title is written (centred)
 * @param axisY  its baseline
 */
record ProgressChart(int width, int height, String left, String right, List<Gridline> gridlines, List<Tick> ticks,
        List<String> lines, List<Marker> markers, String axisX, String axisY) {

    static final int WIDTH = 480;
    static final int HEIGHT = 240;
    static final int LEFT = 36;
    static final int RIGHT = 12;
    static final int TOP = 20;
    static final int BOTTOM = 44;
    /** Room between the plot's edges and the first and last assessment. */
    static final int PAD = 16;
    private static final int[] GRID = {0, 25, 50, 75, 100};

    /** One assessment's score; {@code score} null for none. {@code label} names it under the x axis. */
    record Value(String label, Integer score) {
    }

    /** A horizontal gridline at {@code value}, its value written left of the plot. */
    record Gridline(int value, String y, String labelX, String labelY) {
    }

    /** An assessment's label under the x axis. */
    record Tick(String label, String x, String y) {
    }

    /**
     * A score's marker at ({@code x}, {@code y}) and its number at ({@code x}, {@code labelY}).
     *
     * @param position the assessment's place among the values, from 0
     */
    record Marker(int position, int score, String x, String y, String labelY) {
    }

    static ProgressChart of(List<Value> values) {
        int plotBottom = HEIGHT - BOTTOM;
        List<Gridline> gridlines = new ArrayList<>();
        for (int value : GRID) {
            double y = y(value);
            gridlines.add(new Gridline(value, num(y), num(LEFT - 6), num(y + 4)));
        }
        List<Tick> ticks = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            double x = x(i, values.size());
            ticks.add(new Tick(value.label(), num(x), num(plotBottom + 16)));
            if (value.score() == null) {
                close(run, lines);
                continue;
            }
            int score = Math.max(0, Math.min(100, value.score()));
            double y = y(score);
            markers.add(new Marker(i, score, num(x), num(y), num(y - 8)));
            run.add(num(x) + "," + num(y));
        }
        close(run, lines);
        return new ProgressChart(WIDTH, HEIGHT, num(LEFT), num(WIDTH - RIGHT), gridlines, ticks, lines, markers,
                num(LEFT + (WIDTH - LEFT - RIGHT) / 2.0), num(plotBottom + 36));
    }

    /** Evenly spaced; a single assessment in the middle. */
    static double x(int i, int n) {
        double from = LEFT + PAD;
        double to = WIDTH - RIGHT - PAD;
        return n <= 1 ? (from + to) / 2 : from + (to - from) * i / (n - 1);
    }

    /** 100 at the top of the plot, 0 at its bottom. */
    static double y(int score) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - score) / 100.0;
    }

    /** Ends a run of joined scores: a line if it has two points or more. */
    private static void close(List<String> run, List<String> lines) {
        if (run.size() >= 2) {
            lines.add(String.join(" ", run));
        }
        run.clear();
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
