package app.runway.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import app.runway.assessment.ReviewState;
import app.runway.questionnaire.Stage;
import org.springframework.validation.Errors;

/**
 * The queue's filters as typed into the form. Strings throughout, so that a mistyped number or date
 * becomes a message beside its field instead of a failed request; a value that is not offered
 * (a state, stage or order someone typed into the address) falls back to the default.
 */
class QueueFilter {

    /** Waiting for a mentor or being reviewed: what is left to do. */
    static final String OPEN = "open";
    static final String ALL = "all";

    private String state;
    /** Blank for everything the mentor sees, {@code open} for the open pool, or a programme's id. */
    private String programme;
    private String stage;
    private String industry;
    private String min;
    private String max;
    private String from;
    private String to;
    private String sort;
    private String page;

    /** What to look for; fields with errors are left out of the search. */
    record Criteria(Set<ReviewState> states, Stage stage, String industry, Integer min, Integer max, LocalDate from,
            LocalDate to, QueueSort sort, int page) {

        boolean needsIndex() {
            return min != null || max != null || sort.sort().isEmpty();
        }
    }

    Criteria check(Errors errors) {
        Integer minimum = index("min", min, errors);
        Integer maximum = index("max", max, errors);
        if (minimum != null && maximum != null && minimum > maximum) {
            errors.rejectValue("max", "review.queue.error.indexOrder");
            maximum = null;
        }
        LocalDate since = date("from", from, errors);
        LocalDate until = date("to", to, errors);
        if (since != null && until != null && since.isAfter(until)) {
            errors.rejectValue("to", "review.queue.error.dateOrder");
            until = null;
        }
        QueueSort order = QueueSort.fromParam(sort).orElse(QueueSort.DEFAULT);
        sort = order.param();
        return new Criteria(states(), Stage.fromId(blankToNull(stage)).orElse(null), blankToNull(industry), minimum,
                maximum, since, until, order, pageNumber());
    }

    private Set<ReviewState> states() {
        if (ALL.equals(state)) {
            return EnumSet.of(ReviewState.SUBMITTED, ReviewState.IN_REVIEW, ReviewState.REVIEWED);
        }
        if (state != null) {
            for (ReviewState s : ReviewState.values()) {
                if (s.name().equals(state) && s.sharedWithMentors()) {
                    return EnumSet.of(s);
                }
            }
        }
        state = OPEN;
        return EnumSet.of(ReviewState.SUBMITTED, ReviewState.IN_REVIEW);
    }

    private static Integer index(String field, String value, Errors errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 0 && number <= 100) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        errors.rejectValue(field, "review.queue.error.index");
        return null;
    }

    private static LocalDate date(String field, String value, Errors errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "review.queue.error.date");
            return null;
        }
    }

    private int pageNumber() {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Whether anything but the defaults was chosen (after {@link #check}): the form then shows open. */
    public boolean isChosen() {
        return Stream.of(programme, stage, industry, min, max, from, to).anyMatch(v -> v != null && !v.isBlank())
                || !OPEN.equals(state) || !QueueSort.DEFAULT.param().equals(sort);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min;
    }

    public String getMax() {
        return max;
    }

    public void setMax(String max) {
        this.max = max;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
