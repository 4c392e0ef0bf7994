package app.runway.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import app.runway.assessment.Assessment;
import app.runway.assessment.ReviewState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Assessments as mentors reach them. No save: state changes go through the assessment's own
 * methods ({@code startReview}, {@code markReviewed}) on an entity loaded here in a transaction.
 * Null stage and industry match everything. Only what the mentor may see is read: the open pool,
 * the mentor's programmes, or every programme for an admin (see {@code Visibility}). The dates are always given ({@link #EARLIEST},
 * {@link #LATEST} when the mentor chose none): PostgreSQL cannot type a null timestamp parameter
 * in {@code :from is null}.
 */
interface SharedAssessments extends Repository<Assessment, Long> {

    Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    String QUEUE = """
            select new app.runway.review.QueueRow(a.id, a.token, a.startupName, a.industry, a.stage, a.reviewState,
                   a.submittedAt, a.resultJson, r.status, u.displayName, a.programmeId)
            from Assessment a
            left join Review r on r.assessmentId = a.id
            left join UserAccount u on u.id = r.updatedBy
            where a.reviewState in :states
              and (:stage is null or a.stage = :stage)
              and (:industry is null or a.industry = :industry)
              and a.submittedAt >= :from and a.submittedAt < :to
              and ((a.programmeId is null and :openPool = true)
                or (a.programmeId is not null and (:everyProgramme = true or a.programmeId in :programmes)))""";

    String COUNT = """
            select count(a) from Assessment a
            where a.reviewState in :states
              and (:stage is null or a.stage = :stage)
              and (:industry is null or a.industry = :industry)
              and a.submittedAt >= :from and a.submittedAt < :to
              and ((a.programmeId is null and :openPool = true)
                or (a.programmeId is not null and (:everyProgramme = true or a.programmeId in :programmes)))""";

    Optional<Assessment> findByToken(String token);

    /** One page, sorted in the database. */
    @Query(value = QUEUE, countQuery = COUNT)
    Page<QueueRow> page(Collection<ReviewState> states, String stage, String industry, Instant from, Instant to,
            boolean openPool, boolean everyProgramme, Collection<Long> programmes, Pageable page);

    /** Every match, for filtering or sorting by the readiness index, which lives in the stored result. */
    @Query(QUEUE)
    List<QueueRow> all(Collection<ReviewState> states, String stage, String industry, Instant from, Instant to,
            boolean openPool, boolean everyProgramme, Collection<Long> programmes, Sort sort);
}
