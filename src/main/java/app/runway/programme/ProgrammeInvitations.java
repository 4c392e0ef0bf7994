package app.runway.programme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;

import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.account.UserAccountRepository;
import app.runway.audit.AuditLog;
import app.runway.mail.MailWriter;
import app.runway.mail.Outbox;
import app.runway.protection.LinkTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting founders into a programme and joining it. An invitation mailed to an address is good for one
 * use; a join link is good for any number until it expires or is withdrawn. Both expire after
 * {@link #VALID_FOR}. Only a link's SHA-256 is stored.
 */
@Service
@Transactional
class ProgrammeInvitations {

    static final Duration VALID_FOR = Duration.ofDays(14);

    /** What came of inviting an address. */
    enum Invited {
        SENT, ARCHIVED, IS_MENTOR, ALREADY_MEMBER
    }

    /** What came of following a link into a programme. */
    enum Joined {
        JOINED, ALREADY_MEMBER
    }

    /**
     * A link, checked.
     *
     * @param refusal why it cannot be used, or null when it can
     */
    record Checked(Long programmeId, ProgrammeDetails programme, ProgrammeInvitation.Refusal refusal) {
    }

    private final ProgrammeService programmes;
    private final ProgrammeRepository programmeRepository;
    private final ProgrammeInvitationRepository invitations;
    private final ProgrammeMemberRepository members;
    private final UserAccountRepository accounts;
    private final MailWriter mailWriter;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    ProgrammeInvitations(ProgrammeService programmes, ProgrammeRepository programmeRepository,
            ProgrammeInvitationRepository invitations, ProgrammeMemberRepository members,
            UserAccountRepository accounts, MailWriter mailWriter, Outbox outbox, AuditLog audit, Clock clock) {
        this.programmes = programmes;
        this.programmeRepository = programmeRepository;
        this.invitations = invitations;
        this.members = members;
        this.accounts = accounts;
        this.mailWriter = mailWriter;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Mails a single-use link to the address, in its owner's language if it has an account, else in the
     * programme's.
     *
     * @param linkBase the link without its token
     */
    Invited invite(Long programmeId, String email, UserAccount inviter, String linkBase) {
        Programme programme = programmes.reachable(programmeId);
        if (programme.isArchived()) {
            return Invited.ARCHIVED;
        }
        String address = email.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<UserAccount> account = accounts.findByEmail(address);
        if (account.isPresent() && account.get().getRole() != Role.FOUNDER) {
            return Invited.IS_MENTOR;
        }
        if (account.isPresent() && members.findByProgrammeIdAndUserId(programmeId, account.get().getId()).isPresent()) {
            return Invited.ALREADY_MEMBER;
        }
        String token = LinkTokens.newToken();
        Instant now = clock.instant();
        invitations.save(new ProgrammeInvitation(programmeId, address, LinkTokens.hash(token), inviter.getId(), now,
                now.plus(VALID_FOR)));
        String language = account.map(UserAccount::getLanguage).orElse(programme.getLanguage());
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        String link = linkBase + token;
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(now.plus(VALID_FOR).atZone(clock.getZone()));
        outbox.sendAfterCommit(mailWriter.write("programme-invitation", address, locale,
                Map.of("programme", programme.getName(), "inviter", inviter.getDisplayName(), "link", link,
                        "until", until),
                programme.getName(), inviter.getDisplayName(), link, until));
        audit.record(inviter.getEmail(), AuditLog.Action.PROGRAMME_INVITED, address,
                "programme " + programmeId + ", mailed after commit");
        return Invited.SENT;
    }

    /** A new join link for the programme; its token is shown once, to the one who asked. */
    Optional<String> joinLink(Long programmeId, UserAccount inviter) {
        Programme programme = programmes.reachable(programmeId);
        if (programme.isArchived()) {
            return Optional.empty();
        }
        String token = LinkTokens.newToken();
        Instant now = clock.instant();
        invitations.save(new ProgrammeInvitation(programmeId, null, LinkTokens.hash(token), inviter.getId(), now,
                now.plus(VALID_FOR)));
        audit.record(inviter.getEmail(), AuditLog.Action.PROGRAMME_INVITED, "join link", "programme " + programmeId);
        return Optional.of(token);
    }

    void withdraw(Long programmeId, Long invitationId, UserAccount actor) {
        programmes.reachable(programmeId);
        invitations.findByIdAndProgrammeId(invitationId, programmeId).ifPresent(invitation -> {
            invitation.withdraw(clock.instant());
            audit.record(actor.getEmail(), AuditLog.Action.PROGRAMME_INVITATION_WITHDRAWN,
                    invitation.isPersonal() ? invitation.getEmail() : "join link", "programme " + programmeId);
        });
    }

    /** The programme behind a link and whether the link still works; empty for a link that never existed. */
    @Transactional(readOnly = true)
    Optional<Checked> check(String token) {
        return find(token).flatMap(invitation -> programmeRepository.findById(invitation.getProgrammeId())
                .map(programme -> new Checked(programme.getId(), programme.details(), refusal(invitation, programme))));
    }

    /**
     * The founder joins the programme behind a link that still works (the caller checked it in this
     * transaction's terms again: a link used up meanwhile is refused here).
     *
     * @return empty when the link does not work (any more)
     */
    Optional<Joined> join(String token, UserAccount founder) {
        Optional<ProgrammeInvitation> found = find(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProgrammeInvitation invitation = found.get();
        Programme programme = programmeRepository.findById(invitation.getProgrammeId()).orElse(null);
        if (programme == null || refusal(invitation, programme) != null || founder.getRole() != Role.FOUNDER) {
            return Optional.empty();
        }
        if (members.findByProgrammeIdAndUserId(programme.getId(), founder.getId()).isPresent()) {
            return Optional.of(Joined.ALREADY_MEMBER);
        }
        Instant now = clock.instant();
        invitation.use(founder.getId(), now);
        members.save(new ProgrammeMember(programme.getId(), founder.getId(), ProgrammeMember.Role.FOUNDER, now));
        audit.record(founder.getEmail(), AuditLog.Action.PROGRAMME_JOINED, programme.getName(),
                "programme " + programme.getId() + (invitation.isPersonal() ? ", invited by e-mail" : ", join link"));
        return Optional.of(Joined.JOINED);
    }

    private ProgrammeInvitation.Refusal refusal(ProgrammeInvitation invitation, Programme programme) {
        if (programme.isArchived()) {
            return ProgrammeInvitation.Refusal.ARCHIVED;
        }
        return invitation.refusal(clock.instant());
    }

    private Optional<ProgrammeInvitation> find(String token) {
        return LinkTokens.plausible(token) ? invitations.findByTokenHash(LinkTokens.hash(token)) : Optional.empty();
    }
}
