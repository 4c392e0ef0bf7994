package app.runway.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart's geometry, computed here so that the template only draws it as SVG:
 * one row per bar, its label above the bar and its number after it, so that long labels (and
 * Chinese ones) need no column of their own and the chart stays readable on a phone.
 *
 * @param height the view box's height; the width is always {@link #WIDTH}
 */
record BarChart(int width, int height, List<Bar> bars) {

    static final int WIDTH = 400;
    private static final int ROW = 40;
    private static final int BAR_HEIGHT = 14;
    /** Room after the longest bar for its number. */
    private static final int NUMBER_ROOM = 48;
    /** Labels longer than this are cut in the chart; the table beside it has them whole. */
    private static final int MAX_LABEL = 48;

    /**
     * A value to draw, and to list in the table beside the chart.
     *
     * @param value   null for "no data", drawn as an empty bar
     * @param display the number as shown, e.g. {@code 72}, or the words for "no data"
     * @param href    a page about the label (a guide entry), or null
     * @param detail  a second number for the table (how many assessments an average is over), or null
     */
    record Item(String label, Integer value, String display, String href, Integer detail) {

        Item(String label, Integer value, String display) {
            this(label, value, display, null, null);
        }
    }

    /**
     * A drawn bar: {@code label} (shortened) at (0, {@code labelY}), the bar from the left, the
     * number at its end.
     */
    record Bar(Item item, String label, String labelY, String barY, String barWidth, String valueX,
            String valueY) {
    }

    /**
     * @param max the value of a full-width bar; counts use the largest count, scores use 100
     */
    static BarChart of(List<Item> items, int max) {
        double scale = max <= 0 ? 0 : (double) (WIDTH - NUMBER_ROOM) / max;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int top = i * ROW;
            double width = item.value() == null ? 0 : Math.max(0, item.value()) * scale;
            bars.add(new Bar(item, shorten(item.label()), num(top + 14), num(top + 20), num(width), num(width + 6),
                    num(top + 20 + BAR_HEIGHT - 2)));
        }
        return new BarChart(WIDTH, Math.max(ROW, items.size() * ROW), bars);
    }

    static int largest(List<Item> items) {
        return items.stream().filter(i -> i.value() != null).mapToInt(Item::value).max().orElse(0);
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
