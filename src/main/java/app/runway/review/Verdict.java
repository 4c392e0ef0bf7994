package app.runway.review;

/** A mentor's overall judgement of a startup's readiness; message keys {@code review.verdict.NAME}. */
public enum Verdict {
    READY, READY_WITH_CONDITIONS, NOT_YET_READY
}
