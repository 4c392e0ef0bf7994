package app.runway.team;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface InvitationRepository extends Repository<Invitation, Long> {

    Invitation save(Invitation invitation);

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByAssessmentIdAndUsedAtIsNullOrderById(Long assessmentId);
}
