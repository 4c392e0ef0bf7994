package app.runway.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.runway.account.AccountService;
import app.runway.account.CurrentUser;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentAccess;
import app.runway.assessment.AssessmentService;
import app.runway.audit.AuditLog;
import app.runway.mail.MailWriter;
import app.runway.mail.Outbox;
import app.runway.protection.LinkTokens;
import app.runway.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting co-founders, accepting an invitation, and a co-founder's answers until they submit them. Every
 * change that alters what the assessment shows goes through {@link AssessmentService#teamChanged}, which
 * scores it again and makes a kept report stale.
 */
@Service
@Transactional
class Team {

    static final Duration VALID_FOR = Duration.ofDays(7);

    /** Why an address cannot be invited: message keys shown at the form's field. */
    static final String SELF = "team.invite.email.self";
    static final String ALREADY_MEMBER = "team.invite.email.member";
    static final String ALREADY_INVITED = "team.invite.email.invited";
    static final String TOO_MANY = "team.invite.email.tooMany";
    /** Open invitations an assessment may have at once: enough for any founding team, too few to spam with. */
    static final int MAX_OPEN = 10;

    private final AssessmentService assessments;
    private final AssessmentAccess access;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final MemberRepository members;
    private final InvitationRepository invitations;
    private final MailWriter mailWriter;
    private final Outbox outbox;
    private final Clock clock;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    Team(AssessmentService assessments, AssessmentAccess access, AccountService accounts, CurrentUser currentUser,
            MemberRepository members, InvitationRepository invitations, MailWriter mailWriter, Outbox outbox,
            Clock clock, AuditLog audit, JdbcClient jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.access = access;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.members = members;
        this.invitations = invitations;
        this.mailWriter = mailWriter;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The signed-in founder; a visitor is sent to sign in, a mentor or admin refused (403). */
    @Transactional(readOnly = true)
    UserAccount founder() {
        if (!currentUser.hasRole(Role.FOUNDER)) {
            throw new AccessDeniedException("founders only");
        }
        return currentUser.account().orElseThrow(() -> new AccessDeniedException("no account"));
    }

    /** One of the signed-in founder's own assessments; 404 for anyone else's. */
    @Transactional(readOnly = true)
    Assessment owned(String token) {
        founder();
        Assessment assessment = assessments.find(token);
        if (!access.isOwner(assessment)) {
            throw new NotFoundException("assessment");
        }
        return assessment;
    }

    /** The signed-in founder's own membership; 404 for anyone else's. */
    @Transactional(readOnly = true)
    Member membership(Long memberId) {
        UserAccount founder = founder();
        return members.findById(memberId).filter(m -> m.getUserId().equals(founder.getId()))
                .orElseThrow(() -> new NotFoundException("team member"));
    }

    @Transactional(readOnly = true)
    Assessment assessmentOf(Member member) {
        return assessments.byId(member.getAssessmentId()).orElseThrow(() -> new NotFoundException("assessment"));
    }

    /**
     * Mails an invitation to answer the owner's assessment.
     *
     * @param linkBase the link without its token
     * @return the message key of why the address cannot be invited, or empty when the mail went out
     */
    Optional<String> invite(Assessment assessment, UserAccount owner, String email, Locale locale, String linkBase) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (address.equals(owner.getEmail())) {
            return Optional.of(SELF);
        }
        Optional<UserAccount> invitee = accounts.byEmail(address);
        if (invitee.isPresent()
                && members.findByAssessmentIdAndUserId(assessment.getId(), invitee.get().getId()).isPresent()) {
            return Optional.of(ALREADY_MEMBER);
        }
        List<Invitation> open = pending(assessment.getId());
        if (open.stream().anyMatch(i -> i.getEmail().equals(address))) {
            return Optional.of(ALREADY_INVITED);
        }
        if (open.size() >= MAX_OPEN) {
            return Optional.of(TOO_MANY);
        }
        String token = LinkTokens.newToken();
        Instant now = clock.instant();
        invitations.save(new Invitation(assessment.getId(), address, LinkTokens.hash(token), owner.getId(), now,
                now.plus(VALID_FOR)));
        if (invitee.isPresent() && invitee.get().getRole() != Role.FOUNDER) {
            // Only founders can answer; the inviter is told nothing else, so that the form does not tell founders
            // which addresses belong to mentors and admins. No mail: it could not be accepted.
            audit.record(owner.getEmail(), AuditLog.Action.TEAM_INVITED, address, "assessment " + assessment.getId()
                    + ", not mailed: the address is a mentor's or an admin's");
            return Optional.empty();
        }
        String link = linkBase + token;
        // Someone with an account reads it in the language they chose last; anyone else in the inviter's.
        Locale language = invitee.map(UserAccount::locale).orElse(locale);
        outbox.sendAfterCommit(mailWriter.write("team-invitation", address, language,
                Map.of("name", owner.getDisplayName(), "startup", assessment.getStartupName(), "link", link,
                        "days", VALID_FOR.toDays()),
                owner.getDisplayName(), assessment.getStartupName(), link, VALID_FOR.toDays()));
        audit.record(owner.getEmail(), AuditLog.Action.TEAM_INVITED, address, "assessment " + assessment.getId()
                + ", mailed after commit");
        return Optional.empty();
    }

    /** An invitation that can still be accepted, with what its page shows; empty when used, expired or unknown. */
    @Transactional(readOnly = true)
    Optional<Invited> invitation(String token) {
        return usable(token).flatMap(invitation -> assessments.byId(invitation.getAssessmentId())
                .map(assessment -> new Invited(invitation.getEmail(), assessment.getStartupName(),
                        accounts.get(invitation.getInvitedBy()).getDisplayName())));
    }

    /** What an invitation's page shows: to whom it was sent, for which startup, by whom. */
    record Invited(String email, String startupName, String invitedBy) {
    }

    /**
     * Accepts an invitation for the signed-in founder, whose address must be the one invited.
     *
     * @return the new membership (or the founder's existing one); empty when the link was used, has expired or
     *         is unknown
     * @throws WrongAccountException when the invitation was sent to another address
     */
    Optional<Member> accept(String token, UserAccount founder) {
        Optional<Invitation> found = usable(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Invitation invitation = found.get();
        if (!invitation.getEmail().equals(founder.getEmail())) {
            throw new WrongAccountException();
        }
        Instant now = clock.instant();
        invitation.accept(founder.getId(), now);
        Assessment assessment = assessments.byId(invitation.getAssessmentId())
                .orElseThrow(() -> new NotFoundException("assessment"));
        if (founder.getId().equals(assessment.getOwnerId())) {
            throw new WrongAccountException();
        }
        Optional<Member> existing = members.findByAssessmentIdAndUserId(assessment.getId(), founder.getId());
        if (existing.isPresent()) {
            return existing;
        }
        Member member = members.save(new Member(assessment.getId(), founder.getId(), now));
        audit.record(founder.getEmail(), AuditLog.Action.TEAM_JOINED, assessment.getStartupName(),
                "assessment " + assessment.getId());
        // The team page and the report list the members.
        assessments.teamChanged(assessment.getId());
        return Optional.of(member);
    }

    /** The invitation was sent to another address than the signed-in account's. */
    static class WrongAccountException extends RuntimeException {

        WrongAccountException() {
            super("the invitation was sent to another address");
        }
    }

    /** Keeps the signed-in co-founder's answers; the membership as it is now. */
    Member record(Long memberId, Map<String, String> answers) {
        Member member = membership(memberId);
        member.record(answers, clock.instant());
        return member;
    }

    /** The co-founder's answers count from now on: the assessment is scored again with them. */
    void submit(Long memberId) {
        Member member = membership(memberId);
        member.submit(clock.instant());
        members.save(member);
        assessments.teamChanged(member.getAssessmentId());
    }

    @Transactional(readOnly = true)
    List<Member> members(Long assessmentId) {
        return members.findByAssessmentIdOrderById(assessmentId);
    }

    /** Invitations not accepted yet and still valid. */
    @Transactional(readOnly = true)
    List<Invitation> pending(Long assessmentId) {
        Instant now = clock.instant();
        return invitations.findByAssessmentIdAndUsedAtIsNullOrderById(assessmentId).stream()
                .filter(i -> i.isUsable(now)).toList();
    }

    /** The display names of these accounts, in one query. */
    @Transactional(readOnly = true)
    Map<Long, String> namesOf(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (!accountIds.isEmpty()) {
            jdbc.sql("select id, display_name from app_user where id in (:ids)").param("ids", accountIds)
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    /** The assessments the founder answers as a co-founder, newest membership first, named, in one query. */
    @Transactional(readOnly = true)
    List<TeamController.Membership> membershipRows(UserAccount founder) {
        return jdbc.sql("""
                        select m.id, a.startup_name, m.submitted_at is not null from assessment_member m
                        join assessment a on a.id = m.assessment_id where m.user_id = ? order by m.id desc""")
                .param(founder.getId())
                .query((rs, n) -> new TeamController.Membership(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    private Optional<Invitation> usable(String token) {
        if (!LinkTokens.plausible(token)) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(LinkTokens.hash(token)).filter(i -> i.isUsable(clock.instant()));
    }
}
