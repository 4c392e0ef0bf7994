package app.runway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import app.runway.support.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The postgres run mode, configured from the environment as the README says. The server runs in
 * this test's JVM, so it lives on while the Runway process is killed.
 */
class PostgresKillNineIT {

    @Test
    void everyAcknowledgedWriteSurvivesKillNineOnPostgres(@TempDir Path workDir) throws Exception {
        try (Postgres postgres = Postgres.start()) {
            String url = postgres.url();
            Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "RUNWAY_DB_URL", url,
                    "RUNWAY_DB_USER", "postgres", "RUNWAY_DB_PASSWORD", "");
            KillNineScenario drill = new KillNineScenario(name -> RunwayJar.start(workDir, name, environment),
                    () -> KillNineScenario.open(url, "postgres", ""));

            Acknowledged acknowledged = drill.run();

            assertThat(acknowledged.total()).isPositive();
        }
    }
}
