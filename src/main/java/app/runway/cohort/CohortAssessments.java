package app.runway.cohort;

import java.util.Collection;
import java.util.List;

import app.runway.assessment.Assessment;
import app.runway.assessment.ReviewState;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only: the assessments founders shared with mentors, for the cohort view. */
interface CohortAssessments extends Repository<Assessment, Long> {

    /** Newest submission first; a null filter matches everything. */
    @Query("""
            select a from Assessment a
            where a.reviewState in :states
              and (:stage is null or a.stage = :stage)
              and (:industry is null or a.industry = :industry)
            order by a.submittedAt desc, a.id desc""")
    List<Assessment> shared(Collection<ReviewState> states, String stage, String industry);
}
