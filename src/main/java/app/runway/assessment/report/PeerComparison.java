package app.runway.assessment.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.runway.assessment.Assessment;
import app.runway.assessment.benchmark.Benchmark;
import app.runway.assessment.benchmark.Quartiles;

/**
 * The report's "How you compare" section: the startup's scores beside its peers' quartiles, or why nothing is
 * shown, and what the reader may do about sharing.
 *
 * @param sharing what the reader is told about sharing this assessment's scores
 * @param shown   whether there are enough peers to show anything
 * @param peers   how many peers share their scores at this stage (not counting the startup's own founder)
 * @param needed  the fewest peers shown ({@link Benchmark#MIN_PEERS})
 * @param rows    the index first, then each dimension in the report's order; empty when not shown
 */
record PeerComparison(Sharing sharing, boolean shown, int peers, int needed, List<Row> rows) {

    /** What the reader sees about sharing: only the founder decides; a link holder must first keep it. */
    enum Sharing {
        /** The founder, who shares this assessment's scores. */
        SHARED,
        /** The founder, who does not. */
        NOT_SHARED,
        /** The holder of the private link of an assessment nobody owns yet: it cannot be shared. */
        UNCLAIMED,
        /** A mentor or admin reading it: nothing about sharing. */
        NONE
    }

    /** Whether the reader is the founder who decides about sharing. */
    public boolean owner() {
        return sharing == Sharing.SHARED || sharing == Sharing.NOT_SHARED;
    }

    public boolean shared() {
        return sharing == Sharing.SHARED;
    }

    public boolean unclaimed() {
        return sharing == Sharing.UNCLAIMED;
    }

    /**
     * One line: the startup's score, and the peers' quartiles when enough of them have a score there.
     *
     * @param title null for the index (the template names it)
     * @param score the startup's score, or null with no evidence
     * @param peers the peers' quartiles, or null when fewer than {@link Benchmark#MIN_PEERS} have a score
     */
    record Row(String title, Integer score, Quartiles peers) {

        public boolean index() {
            return title == null;
        }

        public String q1() {
            return number(peers.q1());
        }

        public String median() {
            return number(peers.median());
        }

        public String q3() {
            return number(peers.q3());
        }
    }

    static PeerComparison of(Assessment assessment, ReportView report, Benchmark benchmark) {
        Sharing sharing = !report.editable() ? Sharing.NONE
                : assessment.getOwnerId() == null ? Sharing.UNCLAIMED
                : assessment.isBenchmarkConsent() ? Sharing.SHARED : Sharing.NOT_SHARED;
        List<Row> rows = new ArrayList<>();
        if (benchmark.shown()) {
            rows.add(new Row(null, report.index(), benchmark.of(Assessment.INDEX_SCORE).orElse(null)));
            report.dimensions().forEach(d -> rows.add(new Row(d.title(), d.score(),
                    benchmark.of(d.id()).orElse(null))));
        }
        return new PeerComparison(sharing, benchmark.shown(), benchmark.peers(), Benchmark.MIN_PEERS, rows);
    }

    /** A quartile as shown: whole numbers without decimals, others with one. */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
