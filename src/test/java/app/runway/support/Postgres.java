package app.runway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An embedded PostgreSQL server (no install) for one test class: each {@link #start()} is a new server with its
 * own empty database, so no test sees another's rows. Close it when done, or let the JVM stop it.
 */
public final class Postgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "";

    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** A new server on a free port. */
    public static Postgres start() {
        return start(EmbeddedPostgres.builder());
    }

    /** A new server on the given port. */
    public static Postgres startOn(int port) {
        return start(EmbeddedPostgres.builder().setPort(port));
    }

    private static Postgres start(EmbeddedPostgres.Builder builder) {
        try {
            return new Postgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
        }
    }

    public String url() {
        return server.getJdbcUrl(USER, "postgres");
    }

    public DataSource dataSource() {
        return server.getPostgresDatabase();
    }

    /** Points a Spring test context at this server: call from a {@code @DynamicPropertySource} method. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /** Command-line arguments pointing an application at this server, followed by {@code more}. */
    public String[] arguments(String... more) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
