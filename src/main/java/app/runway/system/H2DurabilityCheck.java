package app.runway.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when Runway runs on an H2 file whose commits are held in memory
 * ({@code WRITE_DELAY} above zero): such a database loses acknowledged writes when the process is
 * killed. The shipped URL sets zero; this catches a URL given by hand without it.
 */
@Component
class H2DurabilityCheck {

    private static final Logger log = LoggerFactory.getLogger(H2DurabilityCheck.class);

    private final DataSource dataSource;

    H2DurabilityCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfCommitsAreDelayed() {
        try {
            problem(dataSource).ifPresent(log::warn);
        } catch (SQLException e) {
            log.debug("could not read the H2 write delay", e);
        }
    }

    /** The warning to give, if any: only for an H2 database kept in a file with a write delay. */
    static Optional<String> problem(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (!connection.getMetaData().getDatabaseProductName().equals("H2") || url.startsWith("jdbc:h2:mem:")) {
                return Optional.empty();
            }
            int delay = writeDelay(connection);
            if (delay == 0) {
                return Optional.empty();
            }
            return Optional.of("The H2 database holds commits in memory for up to " + delay + " ms (WRITE_DELAY="
                    + delay + "): writes answered as saved are lost if the process is killed. Add ;WRITE_DELAY=0 to "
                    + "spring.datasource.url (see docs/reliability.md).");
        }
    }

    private static int writeDelay(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            return row.next() ? Integer.parseInt(row.getString(1).strip()) : 0;
        }
    }
}
