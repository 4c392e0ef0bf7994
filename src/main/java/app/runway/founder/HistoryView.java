package app.runway.founder;

import java.time.LocalDate;
import java.util.List;

import app.runway.assessment.ReviewState;

/**
 * The founder's assessments, startup by startup, newest first: what "My assessments" shows.
 *
 * @param startups each startup with its history, the startup assessed most recently first
 */
record HistoryView(List<Startup> startups) {

    public boolean isEmpty() {
        return startups.isEmpty();
    }

    /**
     * One startup's assessments.
     *
     * @param name      the name in its newest assessment
     * @param anchor    an id for the page, unique on it
     * @param completed its completed assessments, newest first: the choices for comparing
     */
    record Startup(String name, String anchor, List<Row> assessments, List<Row> completed) {

        public boolean comparable() {
            return completed.size() >= 2;
        }
    }

    /**
     * One assessment in a startup's history.
     *
     * @param number        its place in the startup's history, the first assessment being 1
     * @param stage         the stage id
     * @param index         the readiness index, or null (not completed, or nothing scored)
     * @param band          the band's title in the reader's language, or null
     * @param previous      the token of the startup's completed assessment before this one, for "compare
     *                      with previous"; null when there is none
     */
    record Row(String token, int number, String startupName, String stage, LocalDate startedOn, LocalDate completedOn,
            boolean completed, Integer index, String band, ReviewState reviewState, LocalDate submittedOn,
            String previous) {

        public boolean canSubmit() {
            return completed && reviewState == ReviewState.DRAFT;
        }

        public boolean canWithdraw() {
            return reviewState == ReviewState.SUBMITTED;
        }

        public boolean hasFeedback() {
            return reviewState == ReviewState.REVIEWED;
        }
    }
}
