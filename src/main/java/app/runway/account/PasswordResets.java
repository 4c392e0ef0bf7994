package app.runway.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.runway.audit.AuditLog;
import app.runway.mail.MailWriter;
import app.runway.mail.Outbox;
import app.runway.protection.LinkTokens;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot my password": a single-use link that expires after {@link #VALID_FOR}, mailed to the
 * account's address. Whether the address has an account is never told to the one who asked; only
 * the audit log, which admins read, says so. The token itself is never stored, only its SHA-256.
 */
@Service
@Transactional
class PasswordResets {

    static final Duration VALID_FOR = Duration.ofMinutes(30);

    private final UserAccountRepository accounts;
    private final PasswordResetTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final MailWriter mailWriter;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountSessions sessions;

    PasswordResets(UserAccountRepository accounts, PasswordResetTokenRepository tokens,
            PasswordEncoder passwordEncoder, MailWriter mailWriter, Outbox outbox, AuditLog audit, Clock clock,
            AccountSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.mailWriter = mailWriter;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Mails a reset link to the account with this address, if there is an enabled one.
     *
     * @param linkBase the link without its token, such as {@code https://runway.example/password/reset?token=}
     */
    void request(String email, Locale locale, String linkBase) {
        String address = UserAccount.normalise(email == null ? "" : email);
        Optional<UserAccount> found = accounts.findByEmail(address).filter(UserAccount::isEnabled);
        if (found.isEmpty()) {
            audit.record(null, AuditLog.Action.PASSWORD_RESET_REQUESTED, address, "no enabled account: nothing sent");
            return;
        }
        UserAccount account = found.get();
        String token = newToken();
        Instant now = clock.instant();
        tokens.save(new PasswordResetToken(account, hash(token), now, now.plus(VALID_FOR)));
        String link = linkBase + token;
        boolean sent = outbox.send(mailWriter.write("password-reset", account.getEmail(), locale,
                Map.of("name", account.getDisplayName(), "link", link, "minutes", VALID_FOR.toMinutes()),
                account.getDisplayName(), link, VALID_FOR.toMinutes()));
        audit.record(account.getEmail(), AuditLog.Action.PASSWORD_RESET_REQUESTED, account.getEmail(),
                sent ? "link mailed" : "link written to the log (no SMTP server) or not sent");
    }

    /** The address of the account whose password this link can still set; empty when used, expired or unknown. */
    @Transactional(readOnly = true)
    Optional<String> accountOf(String token) {
        return usable(token).map(t -> t.account().getEmail());
    }

    /**
     * Sets the new password (already checked against {@link PasswordPolicy}) and uses up this link and
     * every other open link of the account. A lock after failed sign-ins ends too.
     *
     * @return false when the link is unknown, used or expired
     */
    boolean reset(String token, String newPassword) {
        Optional<PasswordResetToken> found = usable(token);
        if (found.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        UserAccount account = found.get().account();
        account.changePassword(passwordEncoder.encode(newPassword));
        account.succeededLogin();
        tokens.findByAccountAndUsedAtIsNull(account).forEach(open -> open.use(now));
        found.get().use(now);
        // Whoever had the old password is signed out everywhere.
        audit.record(account.getEmail(), AuditLog.Action.PASSWORD_RESET_BY_LINK, account.getEmail(),
                "open sessions ended: " + sessions.end(account.getEmail()));
        return true;
    }

    private Optional<PasswordResetToken> usable(String token) {
        if (!LinkTokens.plausible(token)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).filter(t -> t.isUsable(clock.instant()));
    }

    private static String newToken() {
        return LinkTokens.newToken();
    }

    static String hash(String token) {
        return LinkTokens.hash(token);
    }
}
