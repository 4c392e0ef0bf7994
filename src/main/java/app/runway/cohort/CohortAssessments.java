package app.runway.cohort;

import java.util.Collection;
import java.util.List;

import app.runway.assessment.Assessment;
import app.runway.assessment.ReviewState;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only: the assessments founders shared with mentors, for the cohort view. */
interface CohortAssessments extends Repository<Assessment, Long> {

    /** Newest submission first; a null filter matches everything; only what the mentor may see. */
    @Query("""
            select a from Assessment a
            where a.reviewState in :states
              and (:stage is null or a.stage = :stage)
              and (:industry is null or a.industry = :industry)
              and ((a.programmeId is null and :openPool = true)
                or (a.programmeId is not null and (:everyProgramme = true or a.programmeId in :programmes)))
            order by a.submittedAt desc, a.id desc""")
    List<Assessment> shared(Collection<ReviewState> states, String stage, String industry, boolean openPool,
            boolean everyProgramme, Collection<Long> programmes);
}
