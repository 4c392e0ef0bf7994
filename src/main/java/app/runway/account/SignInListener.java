package app.runway.account;

import java.time.Clock;

import app.runway.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins (locking the account after too many) and writes sign-ins to the audit log. */
@Component
class SignInListener {

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    SignInListener(UserAccountRepository accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String email = event.getAuthentication().getName();
        accounts.findByEmail(email).ifPresent(UserAccount::succeededLogin);
        audit.record(email, AuditLog.Action.SIGN_IN, email, null);
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String email = UserAccount.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
        accounts.findByEmail(email).ifPresent(account -> {
            account.failedLogin(clock.instant());
            if (account.isLocked(clock.instant())) {
                audit.record(email, AuditLog.Action.ACCOUNT_LOCKED, email, null);
            }
        });
        audit.record(email, AuditLog.Action.SIGN_IN_FAILED, email, null);
    }

    @EventListener
    public void onLocked(AuthenticationFailureLockedEvent event) {
        String email = String.valueOf(event.getAuthentication().getPrincipal());
        audit.record(email, AuditLog.Action.SIGN_IN_FAILED, email, "locked");
    }
}
