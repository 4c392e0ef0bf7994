package app.runway.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.runway.support.Postgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The migrations, the loader and the pages against a real PostgreSQL server (embedded, no install). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
class PostgresGuideIT {

    private static final Postgres POSTGRES = Postgres.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        POSTGRES.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GuideService service;

    @Autowired
    MockMvc mvc;

    @Test
    void migratesAndLoadsTheWholeGuide() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from guide_entry where kind = 'RISK'", Integer.class))
                .isEqualTo(26);
        assertThat(jdbc.queryForObject("select count(*) from guide_entry_text", Integer.class))
                .isEqualTo(2 * jdbc.queryForObject("select count(*) from guide_entry", Integer.class));
        assertThat(jdbc.queryForObject("select count(*) from guide_revision", Integer.class)).isEqualTo(1);
    }

    @Test
    void reloadingTheSameGuideStoresNothingNew() {
        assertThat(service.reload().changed()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from guide_revision", Integer.class)).isEqualTo(1);
    }

    @Test
    void servesPagesAndChineseSearchFromPostgres() throws Exception {
        mvc.perform(get("/guide/chapters/challenges").param("lang", "zh")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/guide/risks/compute-cost")));
        mvc.perform(get("/guide/search").param("q", "隐私").param("lang", "zh"))
                .andExpect(content().string(containsString("/guide/risks/data-privacy")));
    }
}
