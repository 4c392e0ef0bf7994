package app.runway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run mode, exactly as the README starts it: no database setting at all, so the jar
 * opens its H2 file under ./data of its working folder with the shipped configuration.
 */
class H2KillNineIT {

    @Test
    void everyAcknowledgedWriteSurvivesKillNineOnTheDefaultH2(@TempDir Path workDir) throws Exception {
        KillNineScenario drill = new KillNineScenario(name -> RunwayJar.start(workDir, name, Map.of()),
                () -> KillNineScenario.open("jdbc:h2:file:" + KillNineScenario.h2File(workDir), "sa", ""));

        Acknowledged acknowledged = drill.run();

        assertThat(acknowledged.total()).isPositive();
    }
}
