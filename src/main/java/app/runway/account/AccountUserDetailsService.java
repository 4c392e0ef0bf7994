package app.runway.account;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Lazy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's view of an account: e-mail, hash, role, and whether it is disabled or locked. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    /**
     * The repository is resolved on the first sign-in: Spring Security asks for this service while the
     * filters are made at start-up, before Hibernate (built on a second thread) is ready.
     */
    AccountUserDetailsService(@Lazy UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        UserAccount account = accounts.findByEmail(UserAccount.normalise(email))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.getEmail())
                .password(account.getPasswordHash())
                .authorities(List.of(new SimpleGrantedAuthority(account.getRole().authority())))
                .disabled(!account.isEnabled())
                .accountLocked(account.isLocked(clock.instant()))
                .build();
    }
}
