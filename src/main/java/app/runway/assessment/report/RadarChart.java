package app.runway.assessment.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the radar chart, computed here so that the template only draws it as SVG:
 * one axis per dimension clockwise from the top, rings at 25, 50, 75 and 100, and the founder's
 * scores as a polygon. A dimension without evidence sits at the centre and gets no dot.
 *
 * @param shape the polygon's points, {@code "x,y x,y ..."}
 */
record RadarChart(int width, int height, String cx, String cy, List<Ring> rings, List<Axis> axes, String shape,
        List<Dot> dots) {

    static final int WIDTH = 560;
    static final int HEIGHT = 340;
    private static final double CENTRE_X = WIDTH / 2.0;
    private static final double CENTRE_Y = HEIGHT / 2.0;
    private static final double RADIUS = 115;
    /** How far outside the outer ring the axis labels sit. */
    private static final double LABEL_GAP = 14;
    private static final int[] RING_VALUES = {25, 50, 75, 100};

    /** A grid ring: a polygon at {@code value} on every axis, its value written beside the first axis. */
    record Ring(int value, String points, String labelX, String labelY) {
    }

    /**
     * An axis from the centre to ({@code x}, {@code y}), its label at ({@code labelX}, {@code labelY})
     * anchored {@code start}, {@code middle} or {@code end}.
     */
    record Axis(String id, Integer score, String x, String y, String labelX, String labelY, String anchor) {
    }

    /** A score's dot on its axis. */
    record Dot(String id, int score, String x, String y) {
    }

    /** A point of the chart per dimension, in order; {@code score} null for "no evidence". */
    record Value(String id, Integer score) {
    }

    static RadarChart of(List<Value> values) {
        int n = values.size();
        List<Ring> rings = new ArrayList<>();
        for (int value : RING_VALUES) {
            List<String> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                points.add(point(i, n, RADIUS * value / 100));
            }
            rings.add(new Ring(value, String.join(" ", points), num(CENTRE_X + 4),
                    num(CENTRE_Y - RADIUS * value / 100 + 4)));
        }
        List<Axis> axes = new ArrayList<>();
        List<String> shape = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Value value = values.get(i);
            double angle = angle(i, n);
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            // Labels below the chart hang from their point, labels above stand on it.
            double shift = sin > 0.5 ? 10 : sin < -0.5 ? -2 : 4;
            axes.add(new Axis(value.id(), value.score(), num(CENTRE_X + RADIUS * cos), num(CENTRE_Y + RADIUS * sin),
                    num(CENTRE_X + (RADIUS + LABEL_GAP) * cos), num(CENTRE_Y + (RADIUS + LABEL_GAP) * sin + shift),
                    anchor));
            int score = value.score() == null ? 0 : value.score();
            double r = RADIUS * score / 100;
            shape.add(num(CENTRE_X + r * cos) + "," + num(CENTRE_Y + r * sin));
            if (value.score() != null) {
                dots.add(new Dot(value.id(), score, num(CENTRE_X + r * cos), num(CENTRE_Y + r * sin)));
            }
        }
        return new RadarChart(WIDTH, HEIGHT, num(CENTRE_X), num(CENTRE_Y), rings, axes, String.join(" ", shape), dots);
    }

    /** Clockwise from the top. */
    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static String point(int i, int n, double r) {
        double angle = angle(i, n);
        return num(CENTRE_X + r * Math.cos(angle)) + "," + num(CENTRE_Y + r * Math.sin(angle));
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
