package app.runway.assessment;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AssessmentRepository extends Repository<Assessment, Long> {

    Optional<Assessment> findByToken(String token);

    Optional<Assessment> findById(Long id);

    Assessment save(Assessment assessment);
}
