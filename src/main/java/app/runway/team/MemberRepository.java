package app.runway.team;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface MemberRepository extends Repository<Member, Long> {

    Member save(Member member);

    Optional<Member> findById(Long id);

    /** In the order they joined. */
    List<Member> findByAssessmentIdOrderById(Long assessmentId);

    List<Member> findByAssessmentIdAndSubmittedAtIsNotNullOrderById(Long assessmentId);

    Optional<Member> findByAssessmentIdAndUserId(Long assessmentId, Long userId);

}
