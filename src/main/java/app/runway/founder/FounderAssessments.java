package app.runway.founder;

import java.util.List;

import app.runway.assessment.Assessment;
import org.springframework.data.repository.Repository;

/** Read-only: a founder's assessments. Changes go through {@code AssessmentService}. */
interface FounderAssessments extends Repository<Assessment, Long> {

    List<Assessment> findByOwnerIdOrderByCreatedAtDescIdDesc(Long ownerId);
}
