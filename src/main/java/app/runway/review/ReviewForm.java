package app.runway.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.Errors;

/**
 * The mentor's panel as typed. Scores are strings, so that "abc" or 120 becomes a message beside
 * the field and the rest of what was typed stays in the form. {@code version} is the review version
 * the form was built from: the guard against overwriting another mentor's save.
 */
class ReviewForm {

    static final int MAX_COMMENT = 4000;
    static final int MAX_OVERALL = 10000;
    static final String PUBLISH = "publish";

    private String version;
    private Map<String, String> scores = new LinkedHashMap<>();
    private Map<String, String> comments = new LinkedHashMap<>();
    private String overall;
    private List<String> added = new ArrayList<>();
    private List<String> removed = new ArrayList<>();
    private String verdict;

    /** The form for a review as saved, or an empty one. */
    static ReviewForm of(Review review) {
        ReviewForm form = new ReviewForm();
        if (review == null) {
            return form;
        }
        form.version = String.valueOf(review.getVersion());
        review.dimensions().forEach(n -> {
            if (n.score() != null) {
                form.scores.put(n.dimension(), String.valueOf(n.score()));
            }
            if (n.commentMarkdown() != null) {
                form.comments.put(n.dimension(), n.commentMarkdown());
            }
        });
        form.overall = review.overall().markdown();
        form.added = new ArrayList<>(review.added());
        form.removed = new ArrayList<>(review.removed());
        form.verdict = review.getVerdict() == null ? null : review.getVerdict().name();
        return form;
    }

    /** The version the mentor started from; null for a review not saved before (or a version nobody wrote). */
    Long expectedVersion() {
        try {
            return version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /**
     * Checks what was typed against what the page offers.
     *
     * @param publishing whether the review is, or is about to be, visible to the founder: then it needs a verdict
     * @return the input to store, or null when {@code errors} has errors
     */
    ReviewService.Input check(ReviewPage page, boolean publishing, Errors errors) {
        List<ReviewService.NoteInput> notes = new ArrayList<>();
        for (ReviewPage.DimensionRow dimension : page.dimensions()) {
            String id = dimension.id();
            Integer score = score(id, errors);
            String comment = text(comments.get(id));
            if (comment != null && comment.length() > MAX_COMMENT) {
                errors.rejectValue("comments[" + id + "]", "review.error.commentTooLong", new Object[] {MAX_COMMENT},
                        null);
            }
            notes.add(new ReviewService.NoteInput(id, score, comment));
        }
        String overallText = text(overall);
        if (overallText != null && overallText.length() > MAX_OVERALL) {
            errors.rejectValue("overall", "review.error.commentTooLong", new Object[] {MAX_OVERALL}, null);
        }
        Verdict chosen = verdict(publishing, errors);
        List<String> add = distinct(added);
        List<String> remove = distinct(removed);
        if (!page.otherIds().containsAll(add)) {
            errors.rejectValue("added", "review.error.strategy");
        }
        if (!page.recommendedIds().containsAll(remove)) {
            errors.rejectValue("removed", "review.error.strategy");
        }
        return errors.hasErrors() ? null : new ReviewService.Input(notes, overallText, add, remove, chosen);
    }

    private Integer score(String dimension, Errors errors) {
        String value = text(scores.get(dimension));
        if (value == null) {
            return null;
        }
        try {
            int score = Integer.parseInt(value);
            if (score >= 0 && score <= 100) {
                return score;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        errors.rejectValue("scores[" + dimension + "]", "review.error.score");
        return null;
    }

    private Verdict verdict(boolean publishing, Errors errors) {
        String value = text(verdict);
        Verdict chosen = null;
        if (value != null) {
            try {
                chosen = Verdict.valueOf(value);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("verdict", "review.error.verdict");
                return null;
            }
        }
        if (chosen == null && publishing) {
            errors.rejectValue("verdict", "review.error.verdictRequired");
        }
        return chosen;
    }

    private static List<String> distinct(List<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
    }

    /** Blank is nothing; line ends as one character each, as the browser counted them. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.replace("\r\n", "\n").strip();
    }

    /** Whether a strategy's box is ticked, for the template. */
    public boolean adds(String id) {
        return added != null && added.contains(id);
    }

    public boolean removes(String id) {
        return removed != null && removed.contains(id);
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public Map<String, String> getScores() {
        return scores;
    }

    public void setScores(Map<String, String> scores) {
        this.scores = scores;
    }

    public Map<String, String> getComments() {
        return comments;
    }

    public void setComments(Map<String, String> comments) {
        this.comments = comments;
    }

    public String getOverall() {
        return overall;
    }

    public void setOverall(String overall) {
        this.overall = overall;
    }

    public List<String> getAdded() {
        return added;
    }

    public void setAdded(List<String> added) {
        this.added = added;
    }

    public List<String> getRemoved() {
        return removed;
    }

    public void setRemoved(List<String> removed) {
        this.removed = removed;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict;
    }

    static boolean isPublish(String action) {
        return PUBLISH.equals(action);
    }
}
