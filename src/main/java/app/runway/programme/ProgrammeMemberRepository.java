package app.runway.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ProgrammeMemberRepository extends Repository<ProgrammeMember, Long> {

    List<ProgrammeMember> findByUserIdAndRole(Long userId, ProgrammeMember.Role role);

    Optional<ProgrammeMember> findByProgrammeIdAndUserId(Long programmeId, Long userId);

    boolean existsByProgrammeIdAndUserIdAndRole(Long programmeId, Long userId, ProgrammeMember.Role role);

    /** The members with their names, in one query. */
    @Query("""
            select new app.runway.programme.MemberRow(u.id, u.displayName, u.email, m.role, m.joinedAt)
            from ProgrammeMember m join UserAccount u on u.id = m.userId
            where m.programmeId = :programmeId order by m.role, u.displayName, u.email""")
    List<MemberRow> rows(Long programmeId);

    ProgrammeMember save(ProgrammeMember member);

    void delete(ProgrammeMember member);

    @Modifying
    @Query("delete from ProgrammeMember m where m.programmeId = :programmeId")
    void deleteByProgramme(Long programmeId);
}
