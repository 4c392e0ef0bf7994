package app.runway.programme;

import java.util.List;

/**
 * A programme's page.
 *
 * @param assessments how many assessments were submitted to it (a programme with any is archived, not deleted)
 * @param addable     the mentors an admin may add; empty for a mentor
 */
record ProgrammeView(Long id, ProgrammeDetails details, boolean archived, List<MemberRow> members,
        List<InvitationRow> invitations, int assessments, List<ProgrammeService.MentorChoice> addable) {

    public List<MemberRow> mentors() {
        return members.stream().filter(MemberRow::isMentor).toList();
    }

    public List<MemberRow> founders() {
        return members.stream().filter(m -> !m.isMentor()).toList();
    }
}
