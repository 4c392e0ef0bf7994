package app.runway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

class H2DurabilityCheckTest {

    @TempDir
    Path folder;

    @Test
    void warnsAboutAnH2FileWithH2sDefaultWriteDelay() throws Exception {
        assertThat(H2DurabilityCheck.problem(h2("jdbc:h2:file:" + folder.resolve("delayed"))))
                .hasValueSatisfying(warning -> assertThat(warning).contains("WRITE_DELAY=500", ";WRITE_DELAY=0"));
    }

    @Test
    void acceptsAnH2FileThatWritesEachCommit() throws Exception {
        assertThat(H2DurabilityCheck.problem(h2("jdbc:h2:file:" + folder.resolve("durable") + ";WRITE_DELAY=0")))
                .isEmpty();
    }

    @Test
    void acceptsTheShippedUrl() throws Exception {
        String shipped = new ClassPathResource("application.properties").getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.startsWith("spring.datasource.url=")).findFirst().orElseThrow()
                .substring("spring.datasource.url=".length()).replace("./data/", folder + "/");
        assertThat(H2DurabilityCheck.problem(h2(shipped))).isEmpty();
    }

    @Test
    void ignoresAnInMemoryDatabase() throws Exception {
        assertThat(H2DurabilityCheck.problem(h2("jdbc:h2:mem:check"))).isEmpty();
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }
}
