package app.runway.assessment.benchmark;

import java.util.Collection;

/**
 * The first quartile, median and third quartile of some scores, by linear interpolation between the sorted
 * values (Hyndman and Fan's type 7, the default of R, NumPy and spreadsheet QUARTILE.INC): the quantile p of n
 * sorted values x[0..n-1] lies at h = (n - 1) p, between x[floor h] and the next value.
 *
 * @param count how many scores
 */
public record Quartiles(int count, double q1, double median, double q3) {

    /** The quartiles of at least one score. */
    public static Quartiles of(Collection<Integer> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no scores");
        }
        int[] sorted = scores.stream().mapToInt(Integer::intValue).sorted().toArray();
        return new Quartiles(sorted.length, quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75));
    }

    /** Type 7: linear interpolation between the order statistics around (n - 1) p. */
    static double quantile(int[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
