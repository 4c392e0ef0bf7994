package app.runway.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged Runway jar, started as its own JVM the way an operator starts it: with the bean definitions
 * Spring AOT prepared at build time ({@code -Dspring.aot.enabled=true}, as scripts/cds.sh does). The jar is
 * the one {@code mvn package} built ({@code runway.jar}, set by the failsafe configuration in pom.xml).
 */
final class RunwayJar implements AutoCloseable {

    /** Which java starts Runway, and the options before Runway's own arguments (which name the jar). */
    record Launch(String java, List<String> options) {

        /** The packaged jar with its AOT bean definitions, on the JVM running the tests. */
        static Launch packagedJar() {
            return new Launch(javaExecutable(), List.of("-Dspring.aot.enabled=true", "-jar", jar().toString()));
        }
    }

    static final String ADMIN_EMAIL = "admin@runway.local";
    static final String ADMIN_PASSWORD = "Kill-Nine-Admin-1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path log;

    private RunwayJar(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar in {@code workDir} (where the default H2 file, ./data, lives) and waits until
     * {@code /actuator/health} answers UP.
     */
    static RunwayJar start(Path workDir, String name, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        return start(Launch.packagedJar(), workDir, name, environment, args);
    }

    static RunwayJar start(Launch launch, Path workDir, String name, Map<String, String> environment,
            String... args) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(launch.java(), "-Xmx256m"));
        command.addAll(launch.options());
        command.addAll(List.of("--server.port=" + port, "--spring.main.banner-mode=off",
                "--runway.account.admin-password=" + ADMIN_PASSWORD,
                // The drill writes far faster than people, from one address: durability is under test, not limits.
                "--runway.protection.sign-up.requests=1000000", "--runway.protection.sign-up.per=1h",
                "--runway.protection.sign-in.requests=1000000", "--runway.protection.sign-in.per=1m",
                "--runway.protection.anonymous-assessments.requests=1000000",
                "--runway.protection.anonymous-assessments.per=10m"));
        command.addAll(List.of(args));
        Path log = workDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        RunwayJar jar = new RunwayJar(builder.start(), port, log);
        jar.awaitHealthy();
        if (!jar.logText().contains("Starting AOT-processed RunwayApplication")) {
            jar.close();
            throw new IllegalStateException("the jar started without its AOT bean definitions:\n" + jar.logText());
        }
        return jar;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: the JVM gets no chance to flush, close or run shutdown hooks. */
    void killNine() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-KILL", String.valueOf(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("process " + process.pid() + " survived kill -9");
        }
        if (process.exitValue() != 128 + 9) {
            throw new IllegalStateException("expected exit by SIGKILL (137), got " + process.exitValue());
        }
    }

    /** SIGTERM: a normal shutdown, which closes the database cleanly. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Runway exited with " + process.exitValue() + ":\n" + logText());
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Runway did not become healthy in " + START_TIMEOUT + ":\n" + logText());
    }

    static Path jar() {
        String path = System.getProperty("runway.jar");
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("system property runway.jar must name the packaged jar (set by failsafe "
                    + "in pom.xml; run with ./mvnw verify), was " + path);
        }
        return Path.of(path);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
