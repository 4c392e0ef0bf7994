package app.runway.review;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.data.domain.Sort;

/** The queue's orders; the parameter value doubles as the message key part ({@code review.queue.sort.x}). */
enum QueueSort {
    OLDEST("oldest", Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("id"))),
    NEWEST("newest", Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"))),
    INDEX_LOW("index-low", null),
    INDEX_HIGH("index-high", null),
    NAME("name", Sort.by(Sort.Order.asc("startupName"), Sort.Order.asc("id")));

    /** Waiting longest first: a queue is worked from its front. */
    static final QueueSort DEFAULT = OLDEST;

    private final String param;
    private final Sort sort;

    QueueSort(String param, Sort sort) {
        this.param = param;
        this.sort = sort;
    }

    String param() {
        return param;
    }

    /** The database order, or empty for the index orders, which are applied in memory. */
    Optional<Sort> sort() {
        return Optional.ofNullable(sort);
    }

    /** For the index orders: assessments without an index last, ties by the oldest submission. */
    Comparator<ReviewQueue.Item> byIndex() {
        Comparator<Integer> index = this == INDEX_HIGH ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(ReviewQueue.Item::index, Comparator.nullsLast(index))
                .thenComparing(ReviewQueue.Item::submittedAt);
    }

    static Optional<QueueSort> fromParam(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }
}
