package app.runway.founder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Two assessments of one startup side by side, the earlier first: what changed per dimension,
 * which answers changed, which flags were resolved and which are new.
 *
 * @param dimensions every dimension either assessment scored, in questionnaire order
 * @param answers    only the questions whose answer differs
 */
record CompareView(String startupName, Side before, Side after, List<DimensionChange> dimensions,
        List<AnswerChange> answers, List<FlagChange> resolved, List<FlagChange> added) {

    public String indexChange() {
        return Change.of(before.index(), after.index());
    }

    public boolean bandChanged() {
        return !Objects.equals(before.band(), after.band());
    }

    /** One of the two assessments: when, its index and band. */
    record Side(String token, String startupName, String stage, LocalDate completedOn, Integer index, String band) {
    }

    /** A dimension's score in each; null where it had no evidence. */
    record DimensionChange(String id, String title, Integer before, Integer after) {

        /** {@code +5}, {@code −3}, {@code 0}; null when either has no score. */
        public String change() {
            return Change.of(before, after);
        }

        public boolean changed() {
            return !Objects.equals(before, after);
        }

        /** {@code up}, {@code down} or {@code same}, for the row's styling. */
        public String direction() {
            if (before == null || after == null || before.equals(after)) {
                return "same";
            }
            return after > before ? "up" : "down";
        }
    }

    /** A question answered differently; either answer may be null (not answered or not asked). */
    record AnswerChange(String dimension, String question, Answer before, Answer after) {
    }

    /** An answer: its label, or "I don't know". */
    record Answer(String label, boolean unknown) {
    }

    /** A flagged risk or pitfall, with its guide page; {@code kind} is {@code risk} or {@code pitfall}. */
    record FlagChange(String id, String kind, String title, String url) {
    }

    /** Signed differences, with a real minus sign. */
    static final class Change {

        private Change() {
        }

        static String of(Integer before, Integer after) {
            if (before == null || after == null) {
                return null;
            }
            int delta = after - before;
            return delta > 0 ? "+" + delta : delta < 0 ? "\u2212" + -delta : "0";
        }
    }
}
