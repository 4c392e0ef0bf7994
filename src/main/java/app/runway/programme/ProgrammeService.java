package app.runway.programme;

import java.time.Clock;
import java.util.List;

import app.runway.account.CurrentUser;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.account.UserAccountRepository;
import app.runway.audit.AuditLog;
import app.runway.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes as admins and mentors manage them. A mentor reaches only the programmes they work in;
 * any other is "not found", as an assessment that is not theirs is. Every change is audited.
 */
@Service
@Transactional
class ProgrammeService {

    private static final String ROWS = """
            select p.id, p.name, p.starts_on, p.ends_on, p.language, p.archived_at is not null as archived,
                   (select count(*) from programme_member m where m.programme_id = p.id and m.role = 'MENTOR') as mentors,
                   (select count(*) from programme_member m where m.programme_id = p.id and m.role = 'FOUNDER') as founders,
                   (select count(*) from assessment a where a.programme_id = p.id) as assessments
            from programme p""";

    private final ProgrammeRepository programmes;
    private final ProgrammeMemberRepository members;
    private final ProgrammeInvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, ProgrammeMemberRepository members,
            ProgrammeInvitationRepository invitations, UserAccountRepository accounts, CurrentUser currentUser,
            JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.programmes = programmes;
        this.members = members;
        this.invitations = invitations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every programme for an admin; the mentor's own for a mentor. Newest first, in one query. */
    @Transactional(readOnly = true)
    List<ProgrammeRow> list() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return jdbc.sql(ROWS + " order by p.starts_on desc, p.id desc").query(ProgrammeRow.class).list();
        }
        return jdbc.sql(ROWS + """
                         where p.id in (select m.programme_id from programme_member m join app_user u on u.id = m.user_id
                                        where u.email = ? and m.role = 'MENTOR')
                        order by p.starts_on desc, p.id desc""")
                .param(currentUser.email().orElse("")).query(ProgrammeRow.class).list();
    }

    /** A programme the current mentor works in, or any for an admin; 404 otherwise. */
    @Transactional(readOnly = true)
    Programme reachable(Long id) {
        Programme programme = programmes.findById(id).orElseThrow(() -> new NotFoundException("programme"));
        if (currentUser.hasRole(Role.ADMIN)) {
            return programme;
        }
        Long me = currentUser.account().map(UserAccount::getId).orElse(null);
        if (me == null || !members.existsByProgrammeIdAndUserIdAndRole(id, me, ProgrammeMember.Role.MENTOR)) {
            throw new NotFoundException("programme");
        }
        return programme;
    }

    /** Everything the programme's page shows, for one who may reach it. */
    @Transactional(readOnly = true)
    ProgrammeView view(Long id) {
        Programme programme = reachable(id);
        List<MemberRow> people = members.rows(id);
        List<MentorChoice> addable = currentUser.hasRole(Role.ADMIN) ? addableMentors(id) : List.of();
        return new ProgrammeView(programme.getId(), programme.details(), programme.isArchived(), people,
                invitations.findByProgrammeIdOrderByCreatedAtDescIdDesc(id).stream()
                        .map(i -> InvitationRow.of(i, clock.instant())).toList(),
                assessmentCount(id), addable);
    }

    Programme create(ProgrammeDetails details) {
        Programme programme = programmes.save(new Programme(details, clock.instant()));
        audit.record(actor(), AuditLog.Action.PROGRAMME_CREATED, details.name(), "programme " + programme.getId());
        return programme;
    }

    void change(Long id, ProgrammeDetails details) {
        Programme programme = reachable(id);
        programme.change(details);
        audit.record(actor(), AuditLog.Action.PROGRAMME_CHANGED, details.name(), "programme " + id);
    }

    void archive(Long id) {
        Programme programme = reachable(id);
        programme.archive(clock.instant());
        audit.record(actor(), AuditLog.Action.PROGRAMME_ARCHIVED, programme.getName(), "programme " + id);
    }

    void reopen(Long id) {
        Programme programme = reachable(id);
        programme.reopen();
        audit.record(actor(), AuditLog.Action.PROGRAMME_REOPENED, programme.getName(), "programme " + id);
    }

    /**
     * Deletes a programme no assessment was submitted to, with its members and invitations.
     *
     * @return false, changing nothing, when assessments were submitted to it: it can only be archived
     */
    boolean delete(Long id) {
        Programme programme = reachable(id);
        if (assessmentCount(id) > 0) {
            return false;
        }
        invitations.deleteByProgramme(id);
        members.deleteByProgramme(id);
        programmes.delete(programme);
        audit.record(actor(), AuditLog.Action.PROGRAMME_DELETED, programme.getName(), "programme " + id);
        return true;
    }

    /** @return false when the account is not an enabled mentor */
    boolean addMentor(Long id, Long userId) {
        Programme programme = reachable(id);
        UserAccount mentor = accounts.findById(userId).filter(UserAccount::isEnabled)
                .filter(a -> a.getRole() == Role.MENTOR).orElse(null);
        if (mentor == null) {
            return false;
        }
        if (members.findByProgrammeIdAndUserId(id, userId).isEmpty()) {
            members.save(new ProgrammeMember(id, userId, ProgrammeMember.Role.MENTOR, clock.instant()));
            audit.record(actor(), AuditLog.Action.PROGRAMME_MENTOR_ADDED, mentor.getEmail(),
                    "programme " + programme.getId());
        }
        return true;
    }

    void removeMentor(Long id, Long userId) {
        reachable(id);
        members.findByProgrammeIdAndUserId(id, userId).filter(m -> m.getRole() == ProgrammeMember.Role.MENTOR)
                .ifPresent(member -> {
                    members.delete(member);
                    audit.record(actor(), AuditLog.Action.PROGRAMME_MENTOR_REMOVED,
                            accounts.findById(userId).map(UserAccount::getEmail).orElse("user " + userId),
                            "programme " + id);
                });
    }

    /** Enabled mentors not in the programme yet, in one query of their own. */
    private List<MentorChoice> addableMentors(Long programmeId) {
        return jdbc.sql("""
                        select u.id, u.display_name as name, u.email from app_user u
                        where u.role = 'MENTOR' and u.enabled
                          and not exists (select 1 from programme_member m where m.programme_id = ? and m.user_id = u.id)
                        order by u.display_name, u.email""")
                .param(programmeId).query(MentorChoice.class).list();
    }

    private int assessmentCount(Long id) {
        return jdbc.sql("select count(*) from assessment where programme_id = ?").param(id).query(Integer.class)
                .single();
    }

    private String actor() {
        return currentUser.email().orElse(null);
    }

    /** A mentor an admin may add. */
    record MentorChoice(Long id, String name, String email) {
    }
}
