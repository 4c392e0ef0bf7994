package app.runway.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ProgrammeInvitationRepository extends Repository<ProgrammeInvitation, Long> {

    Optional<ProgrammeInvitation> findByTokenHash(String tokenHash);

    Optional<ProgrammeInvitation> findByIdAndProgrammeId(Long id, Long programmeId);

    List<ProgrammeInvitation> findByProgrammeIdOrderByCreatedAtDescIdDesc(Long programmeId);

    ProgrammeInvitation save(ProgrammeInvitation invitation);

    @Modifying
    @Query("delete from ProgrammeInvitation i where i.programmeId = :programmeId")
    void deleteByProgramme(Long programmeId);
}
