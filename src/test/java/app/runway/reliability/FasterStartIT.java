package app.runway.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/cds.sh, the documented way to prepare a faster start, run as an operator runs it, then Runway
 * started from the argument file it wrote: on the JDK of the build (a class data sharing archive) and on a
 * JDK 25 or later (an AOT cache). The JVM is told to refuse to start if it cannot use what the script made
 * ({@code -Xshare:on}, {@code -XX:AOTMode=on}), so a script that records the wrong thing, or an argument file
 * that names another jar, fails here instead of silently starting slowly.
 */
class FasterStartIT {

    /** A JDK 25 or later for the AOT cache: this variable, else the newest under /usr/lib/jvm. */
    private static final String NEWER_JAVA = "RUNWAY_NEWER_JAVA";
    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    @Test
    void aClassDataSharingArchiveOnTheBuildsJdk(@TempDir Path dir) throws Exception {
        String java = RunwayJar.javaExecutable();
        Path args = prepare(java, dir);
        assertThat(Files.readString(args)).contains("-XX:SharedArchiveFile=", "-XX:CompileThresholdScaling=10");
        startAndRead(new RunwayJar.Launch(java, List.of("-Xshare:on", "@" + args)), dir);
    }

    @Test
    void anAotCacheOnJava25OrLater(@TempDir Path dir) throws Exception {
        Optional<String> java = newerJava();
        // CI machines have one (Temurin 25 beside Debian's 17); there the test must run, not skip.
        if (System.getenv("CI") != null) {
            assertThat(java).as("a JDK 25 or later under /usr/lib/jvm or in " + NEWER_JAVA).isPresent();
        }
        assumeTrue(java.isPresent(), "no JDK 25 or later on this machine; set " + NEWER_JAVA);
        Path args = prepare(java.get(), dir);
        assertThat(Files.readString(args)).contains("-XX:AOTCache=", "-XX:CompileThresholdScaling=10");
        startAndRead(new RunwayJar.Launch(java.get(), List.of("-XX:AOTMode=on", "@" + args)), dir);
    }

    /** Runs the script with that java; answers the argument file it wrote. */
    private static Path prepare(String java, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("prepared");
        Path log = dir.resolve("cds.log");
        ProcessBuilder script = new ProcessBuilder("bash", Path.of("scripts", "cds.sh").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        script.environment().putAll(Map.of("JAVA", java, "RUNWAY_JAR", RunwayJar.jar().toString(),
                "OUT", out.toString()));
        Process process = script.start();
        // Two starts of up to three minutes each, and the recording written at the end of the second.
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw new AssertionError("scripts/cds.sh did not finish within 8 minutes:\n" + read(log));
        }
        assertThat(process.exitValue()).as(() -> "scripts/cds.sh failed:\n" + read(log)).isZero();
        assertThat(read(log)).contains(java + " @" + out.resolve("runway.args"));
        return out.resolve("runway.args");
    }

    private static void startAndRead(RunwayJar.Launch launch, Path dir) throws Exception {
        Path workDir = Files.createDirectories(dir.resolve("run"));
        try (RunwayJar jar = RunwayJar.start(launch, workDir, "faster-start", Map.of())) {
            Visitor reader = new Visitor(jar.baseUrl());
            for (String path : List.of("/", "/guide", "/guide/risks/compute-cost", "/guide/search?q=data", "/login")) {
                assertThat(reader.get(path).statusCode()).as(() -> path + "; the log:\n" + jar.logText())
                        .isEqualTo(200);
            }
        }
    }

    private static Optional<String> newerJava() throws IOException {
        String configured = System.getenv(NEWER_JAVA);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> featureRelease(home) >= 25 && Files.isExecutable(home.resolve("bin/java")))
                    .max(Comparator.comparingInt(FasterStartIT::featureRelease))
                    .map(home -> home.resolve("bin/java").toString());
        }
    }

    /** The feature release in a JDK's release file (JAVA_VERSION="25.0.3"), or 0. */
    private static int featureRelease(Path home) {
        try {
            Matcher version = RELEASE_VERSION.matcher(Files.readString(home.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
