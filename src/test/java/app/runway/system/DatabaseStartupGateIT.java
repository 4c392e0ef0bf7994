package app.runway.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import app.runway.support.Postgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * A server started before its database waits for it, a line per attempt, and goes on once it answers;
 * a database that never answers stops the start with one clear sentence.
 */
class DatabaseStartupGateIT {

    @Test
    void waitsForADatabaseThatStartsLaterAndGoesOn() throws Exception {
        int port = freePort();
        DataSourceProperties database = database(port);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(
                () -> DatabaseStartupGate.waitFor(database, Duration.ofMinutes(1)));
        Thread.sleep(2_000);
        assertThat(waiting).as("still waiting while nothing listens").isNotDone();
        try (Postgres postgres = Postgres.startOn(port)) {
            waiting.get();
            assertThat(waiting).isCompleted();
        }
    }

    @Test
    void givesUpWithOneClearSentenceAfterItsTimeout() throws IOException {
        assertThatThrownBy(() -> DatabaseStartupGate.waitFor(database(freePort()), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not answer within PT1S (runway.database.start-timeout)");
    }

    private static DataSourceProperties database(int port) {
        DataSourceProperties database = new DataSourceProperties();
        database.setUrl("jdbc:postgresql://localhost:" + port + "/postgres");
        database.setUsername("postgres");
        database.setPassword("");
        return database;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
