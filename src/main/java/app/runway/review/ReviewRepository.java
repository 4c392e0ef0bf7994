package app.runway.review;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ReviewRepository extends Repository<Review, Long> {

    Optional<Review> findByAssessmentId(Long assessmentId);

    Review save(Review review);

    /** Writes now, so that a version conflict or a second review of the same assessment shows inside the save. */
    void flush();
}
