package app.runway.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure the portal has an admin. There is no built-in default password: the first admin's
 * password comes from configuration, or is generated once and printed to the log.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountProperties properties;
    private final Clock clock;
    private final JdbcClient jdbc;

    FirstAdmin(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AccountProperties properties,
            Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Instances starting together on one database: the first to take the lock creates the admin.
        jdbc.sql("select name from app_lock where name = 'first-admin' for update").query(String.class).single();
        // Plain SQL like the lock: every start runs this, and a first query in JPQL would have Hibernate build
        // its query parser (ANTLR's tables) right when the first requests of a new instance come in.
        if (jdbc.sql("select count(*) from app_user where role = ?").param(Role.ADMIN.name())
                .query(Long.class).single() > 0) {
            return;
        }
        String email = properties.adminEmailOrDefault();
        String password = properties.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "7";
        }
        accounts.save(new UserAccount(email, "Admin", passwordEncoder.encode(password), Role.ADMIN, clock.instant()));
        if (generated) {
            log.warn("Created the first admin {} with the one-time password {} - sign in and change it,"
                    + " or set RUNWAY_ACCOUNT_ADMIN_PASSWORD before the first start", email, password);
        } else {
            log.info("Created the first admin {} from configuration", email);
        }
    }
}
