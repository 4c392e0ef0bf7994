package app.runway.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import app.runway.questionnaire.Stage;
import app.runway.support.Postgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The peer benchmark's queries on PostgreSQL, over the schema the migrations make: the latest shared completed
 * assessment of each founder at a stage, a founder left out of their own peers, and a chosen set of assessments.
 */
class PostgresPeerBenchmarkIT {

    private static Postgres postgres;
    private static JdbcClient jdbc;
    private static long nextId = 1;

    @BeforeAll
    static void migrate() throws IOException {
        postgres = Postgres.start();
        DataSource dataSource = postgres.dataSource();
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void countsTheLatestSharedCompletedAssessmentOfEachFounderAtTheStage() {
        long first = founder();
        assessment(first, "seed", true, "COMPLETED", 1, Map.of("market", 100, "_index", 100));
        assessment(first, "seed", true, "COMPLETED", 2, Map.of("market", 10, "_index", 20));
        long second = founder();
        assessment(second, "seed", true, "COMPLETED", 1, Map.of("market", 20, "_index", 30));
        long third = founder();
        assessment(third, "seed", true, "COMPLETED", 1, Map.of("market", 30, "_index", 40));
        long fourth = founder();
        assessment(fourth, "seed", true, "COMPLETED", 1, Map.of("market", 40, "_index", 50));
        long fifth = founder();
        assessment(fifth, "seed", true, "COMPLETED", 1, Map.of("market", 50, "_index", 60));
        long sixth = founder();
        assessment(sixth, "seed", true, "COMPLETED", 1, Map.of("market", 60, "_index", 70, "team", 5));
        // Not counted: not shared, not completed, another stage.
        long silent = founder();
        long silentId = assessment(silent, "seed", false, "COMPLETED", 1, Map.of("market", 0, "_index", 0));
        assessment(founder(), "seed", true, "IN_PROGRESS", 1, Map.of("market", 0, "_index", 0));
        assessment(founder(), "growth", true, "COMPLETED", 1, Map.of("market", 0, "_index", 0));

        PeerBenchmark benchmark = new PeerBenchmark(jdbc);
        Benchmark everyone = benchmark.forAssessment(null, Stage.SEED);
        assertThat(everyone.peers()).isEqualTo(6);
        assertThat(everyone.of("market")).contains(Quartiles.of(List.of(10, 20, 30, 40, 50, 60)));
        assertThat(everyone.of("_index")).contains(Quartiles.of(List.of(20, 30, 40, 50, 60, 70)));
        assertThat(everyone.of("team")).as("one peer has a team score").isEmpty();

        Benchmark withoutSecond = benchmark.forAssessment(second, Stage.SEED);
        assertThat(withoutSecond.peers()).isEqualTo(5);
        assertThat(withoutSecond.of("market")).contains(Quartiles.of(List.of(10, 30, 40, 50, 60)));
        assertThat(benchmark.forAssessment(silent, Stage.SEED)).isEqualTo(everyone);
        assertThat(benchmark.forAssessment(null, Stage.GROWTH).shown()).isFalse();

        String revision = benchmark.revision();
        benchmark.refresh();
        assertThat(benchmark.revision()).as("same scores, same revision").isEqualTo(revision);
        jdbc.sql("update assessment set benchmark_consent = true where id = ?").param(silentId).update();
        benchmark.refresh();
        assertThat(benchmark.revision()).isNotEqualTo(revision);
        assertThat(benchmark.forAssessment(null, Stage.SEED).peers()).isEqualTo(7);
    }

    private static long founder() {
        long id = nextId++;
        jdbc.sql("""
                        insert into app_user (id, email, display_name, password_hash, role, enabled, failed_logins,
                            created_at, version)
                        values (?, ?, 'Founder', 'x', 'FOUNDER', true, 0, ?, 0)""")
                .params(id, "pg-peer-" + id + "@example.com", Timestamp.from(Instant.now())).update();
        return id;
    }

    /** An assessment of the founder, completed {@code day} days after the epoch, with these scores. */
    private static long assessment(long owner, String stage, boolean shared, String status, int day,
            Map<String, Integer> scores) {
        long id = nextId++;
        Timestamp at = Timestamp.from(Instant.EPOCH.plusSeconds(86_400L * day));
        jdbc.sql("""
                        insert into assessment (id, token, startup_name, industry, stage, team_size, status, answers,
                            created_at, updated_at, completed_at, version, owner_id, benchmark_consent)
                        values (?, ?, 'Startup', 'healthcare', ?, 3, ?, '{}', ?, ?, ?, 0, ?, ?)""")
                .params(id, "token-" + id, stage, status, at, at, status.equals("COMPLETED") ? at : null, owner, shared)
                .update();
        scores.forEach((dimension, score) -> jdbc.sql(
                        "insert into assessment_score (assessment_id, dimension, score) values (?, ?, ?)")
                .params(id, dimension, score).update());
        return id;
    }
}
