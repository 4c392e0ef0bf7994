package app.runway.review;

/** A review is the mentor's draft until published; founders only ever see published reviews. */
public enum ReviewStatus {
    DRAFT, PUBLISHED
}
