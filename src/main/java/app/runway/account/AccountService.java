package app.runway.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import app.runway.audit.AuditLog;
import app.runway.system.Languages;
import app.runway.system.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing accounts; every change is written to the audit log. */
@Service
@Transactional
public class AccountService {

    /** Thrown when an e-mail address is already taken. */
    public static class EmailTakenException extends RuntimeException {
        EmailTakenException() {
            super("email taken");
        }
    }

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountSessions sessions;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock,
            AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** A founder signs up. The password must already satisfy {@link PasswordPolicy}. */
    public UserAccount signUp(String email, String displayName, String password) {
        UserAccount account = create(email, displayName, password, Role.FOUNDER);
        audit.record(account.getEmail(), AuditLog.Action.SIGN_UP, account.getEmail(), null);
        return account;
    }

    /** An admin creates a mentor or another admin. */
    public UserAccount createByAdmin(String adminEmail, String email, String displayName, String password, Role role) {
        UserAccount account = create(email, displayName, password, role);
        audit.record(adminEmail, AuditLog.Action.ACCOUNT_CREATED, account.getEmail(), role.name());
        return account;
    }

    private UserAccount create(String email, String displayName, String password, Role role) {
        if (accounts.findByEmail(UserAccount.normalise(email)).isPresent()) {
            throw new EmailTakenException();
        }
        UserAccount account = new UserAccount(email, displayName.strip(), passwordEncoder.encode(password), role,
                clock.instant());
        account.speaks(Languages.current());
        return accounts.save(account);
    }

    public void setEnabled(String adminEmail, Long id, boolean enabled) {
        UserAccount account = get(id);
        if (enabled) {
            account.enable();
            audit.record(adminEmail, AuditLog.Action.ACCOUNT_ENABLED, account.getEmail(), null);
        } else {
            account.disable();
            // Signed out at once, on every instance: a disabled account's open session must not go on working.
            int ended = sessions.end(account.getEmail());
            audit.record(adminEmail, AuditLog.Action.ACCOUNT_DISABLED, account.getEmail(),
                    "open sessions ended: " + ended);
        }
    }

    public void resetPassword(String adminEmail, Long id, String newPassword) {
        UserAccount account = get(id);
        account.changePassword(passwordEncoder.encode(newPassword));
        audit.record(adminEmail, AuditLog.Action.PASSWORD_RESET, account.getEmail(),
                "open sessions ended: " + sessions.end(account.getEmail()));
    }

    @Transactional(readOnly = true)
    public UserAccount get(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> byEmail(String email) {
        return accounts.findByEmail(UserAccount.normalise(email));
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return accounts.findAllByOrderByRoleAscEmailAsc();
    }
}
