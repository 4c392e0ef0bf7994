package app.runway.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import app.runway.assessment.ReviewState;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** The queue's filters: typed values become criteria, mistakes become messages, the rest falls back to defaults. */
class QueueFilterTest {

    @Test
    void withoutFiltersShowsWhatIsLeftToDoOldestFirst() {
        QueueFilter filter = new QueueFilter();
        QueueFilter.Criteria criteria = check(filter).criteria;
        assertThat(criteria.states()).containsExactlyInAnyOrder(ReviewState.SUBMITTED, ReviewState.IN_REVIEW);
        assertThat(criteria.sort()).isEqualTo(QueueSort.OLDEST);
        assertThat(criteria.page()).isEqualTo(1);
        assertThat(criteria.needsIndex()).isFalse();
        assertThat(filter.getState()).isEqualTo(QueueFilter.OPEN);
    }

    @Test
    void readsEveryFilter() {
        QueueFilter filter = new QueueFilter();
        filter.setState("REVIEWED");
        filter.setStage("seed");
        filter.setIndustry("finance");
        filter.setMin("20");
        filter.setMax(" 80 ");
        filter.setFrom("2025-01-01");
        filter.setTo("2025-01-31");
        filter.setSort("index-high");
        filter.setPage("3");
        QueueFilter.Criteria criteria = check(filter).criteria;
        assertThat(criteria).isEqualTo(new QueueFilter.Criteria(java.util.EnumSet.of(ReviewState.REVIEWED),
                Stage.SEED, "finance", 20, 80, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31),
                QueueSort.INDEX_HIGH, 3));
        assertThat(criteria.needsIndex()).isTrue();
    }

    @Test
    void namesMistypedNumbersAndDatesAndLeavesThemOut() {
        QueueFilter filter = new QueueFilter();
        filter.setMin("abc");
        filter.setMax("101");
        filter.setFrom("2025-02-30");
        filter.setTo("yesterday");
        Checked checked = check(filter);
        assertThat(checked.errors.getFieldError("min").getCode()).isEqualTo("review.queue.error.index");
        assertThat(checked.errors.getFieldError("max").getCode()).isEqualTo("review.queue.error.index");
        assertThat(checked.errors.getFieldError("from").getCode()).isEqualTo("review.queue.error.date");
        assertThat(checked.errors.getFieldError("to").getCode()).isEqualTo("review.queue.error.date");
        assertThat(checked.criteria.min()).isNull();
        assertThat(checked.criteria.from()).isNull();
    }

    @Test
    void rangesTheWrongWayRoundAreNamed() {
        QueueFilter filter = new QueueFilter();
        filter.setMin("70");
        filter.setMax("30");
        filter.setFrom("2025-03-01");
        filter.setTo("2025-02-01");
        Checked checked = check(filter);
        assertThat(checked.errors.getFieldError("max").getCode()).isEqualTo("review.queue.error.indexOrder");
        assertThat(checked.errors.getFieldError("to").getCode()).isEqualTo("review.queue.error.dateOrder");
        assertThat(checked.criteria.min()).isEqualTo(70);
        assertThat(checked.criteria.max()).isNull();
    }

    @Test
    void valuesNotOfferedFallBackToDefaults() {
        QueueFilter filter = new QueueFilter();
        filter.setState("DRAFT");
        filter.setStage("unicorn");
        filter.setSort("random");
        filter.setPage("-4");
        QueueFilter.Criteria criteria = check(filter).criteria;
        assertThat(criteria.states()).doesNotContain(ReviewState.DRAFT);
        assertThat(criteria.stage()).isNull();
        assertThat(criteria.sort()).isEqualTo(QueueSort.DEFAULT);
        assertThat(criteria.page()).isEqualTo(1);
    }

    private record Checked(QueueFilter.Criteria criteria, BeanPropertyBindingResult errors) {
    }

    private static Checked check(QueueFilter filter) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(filter, "filter");
        return new Checked(filter.check(errors), errors);
    }
}
