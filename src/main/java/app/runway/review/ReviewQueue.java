package app.runway.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import app.runway.assessment.ReviewState;
import app.runway.programme.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentors' queue: submitted assessments, filtered, sorted and a page at a time. Filters and
 * orders the database knows run there, a page at a time; the readiness index lives in each stored
 * result, so filtering or sorting by it reads every match's result.
 */
@Service
@Transactional(readOnly = true)
class ReviewQueue {

    static final int PAGE_SIZE = 20;

    private final SharedAssessments assessments;
    private final Clock clock;

    ReviewQueue(SharedAssessments assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    /** One row of the queue. */
    record Item(String token, String startupName, String industry, String stage, ReviewState state,
            Instant submittedAt, LocalDate submittedOn, Integer index, ReviewStatus reviewStatus, String mentorName,
            Long programmeId) {
    }

    /**
     * @param page  1-based, at most {@code pages}
     * @param pages at least 1, even with nothing to show
     */
    record Result(List<Item> items, int page, int pages, long total) {
    }

    /** @param visible what the mentor may see, narrowed by the programme filter */
    Result find(QueueFilter.Criteria criteria, Visibility visible) {
        ZoneId zone = clock.getZone();
        Instant from = criteria.from() == null ? SharedAssessments.EARLIEST
                : criteria.from().atStartOfDay(zone).toInstant();
        Instant to = criteria.to() == null ? SharedAssessments.LATEST
                : criteria.to().plusDays(1).atStartOfDay(zone).toInstant();
        String stage = criteria.stage() == null ? null : criteria.stage().id();
        if (!criteria.needsIndex()) {
            Sort sort = criteria.sort().sort().orElseThrow();
            Page<QueueRow> page = assessments.page(criteria.states(), stage, criteria.industry(), from, to,
                    visible.openPool(), visible.everyProgramme(), visible.programmeIds(), PageRequest.of(criteria.page() - 1, PAGE_SIZE, sort));
            if (page.getContent().isEmpty() && page.getTotalPages() > 0) {
                // Past the end, say after filtering from page 5: show the last page instead of nothing.
                page = assessments.page(criteria.states(), stage, criteria.industry(), from, to,
                        visible.openPool(), visible.everyProgramme(), visible.programmeIds(), PageRequest.of(page.getTotalPages() - 1, PAGE_SIZE, sort));
            }
            return new Result(page.getContent().stream().map(row -> item(row, zone)).toList(), page.getNumber() + 1,
                    Math.max(1, page.getTotalPages()), page.getTotalElements());
        }
        Sort sort = criteria.sort().sort().orElse(QueueSort.DEFAULT.sort().orElseThrow());
        List<Item> matching = assessments.all(criteria.states(), stage, criteria.industry(), from, to,
                        visible.openPool(), visible.everyProgramme(), visible.programmeIds(), sort).stream()
                .map(row -> item(row, zone))
                .filter(item -> criteria.min() == null || item.index() != null && item.index() >= criteria.min())
                .filter(item -> criteria.max() == null || item.index() != null && item.index() <= criteria.max())
                .toList();
        if (criteria.sort().sort().isEmpty()) {
            matching = matching.stream().sorted(criteria.sort().byIndex()).toList();
        }
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(criteria.page(), pages);
        int first = (page - 1) * PAGE_SIZE;
        return new Result(matching.subList(first, Math.min(first + PAGE_SIZE, matching.size())), page, pages,
                matching.size());
    }

    private static Item item(QueueRow row, ZoneId zone) {
        return new Item(row.token(), row.startupName(), row.industry(), row.stage(), row.state(), row.submittedAt(),
                row.submittedAt() == null ? null : LocalDate.ofInstant(row.submittedAt(), zone),
                ReviewJson.index(row.resultJson()), row.reviewStatus(), row.mentorName(), row.programmeId());
    }
}
