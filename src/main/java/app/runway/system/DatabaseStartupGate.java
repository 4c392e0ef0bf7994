package app.runway.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Waits for the database before anything uses it: a server started before its database (or while the
 * database restarts) logs one line per attempt, without a stack trace, and goes on by itself once the
 * database answers, instead of failing with pages of traces. Its port opens only then, so a load balancer
 * sends it nothing meanwhile. Gives up after {@code runway.database.start-timeout}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseStartupGate {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupGate.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    @Bean
    FlywayMigrationStrategy migrateOnceTheDatabaseAnswers(DataSourceProperties database,
            @Value("${runway.database.start-timeout}") Duration timeout) {
        return flyway -> {
            waitFor(database, timeout);
            flyway.migrate();
        };
    }

    static void waitFor(DataSourceProperties database, Duration timeout) {
        String url = database.determineUrl();
        Instant deadline = Instant.now().plus(timeout);
        for (int attempt = 1; ; attempt++) {
            // A plain connection, not the pool: the pool would log a stack trace for every failed attempt.
            try (Connection connection = DriverManager.getConnection(url, database.determineUsername(),
                    database.determinePassword())) {
                if (attempt > 1) {
                    log.info("Database {} answers after {} attempts: starting", url, attempt);
                }
                return;
            } catch (SQLException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The database " + url + " did not answer within " + timeout
                            + " (runway.database.start-timeout): " + e.getMessage());
                }
                log.warn("Database {} does not answer ({}); trying again in {} s", url, e.getMessage(),
                        RETRY.toSeconds());
            }
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the database", e);
            }
        }
    }
}
