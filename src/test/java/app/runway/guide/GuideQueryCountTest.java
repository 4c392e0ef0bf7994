package app.runway.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.runway.support.StatementCounting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Guide pages read the guide snapshot, never the database: no statement, whether a page shows 52
 * entries or dozens of links, whether it is rendered or served from the kept pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounting.class)
class GuideQueryCountTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void resetCount() {
        StatementCounting.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/guide", "/guide/chapters/strategy", "/guide/chapters/challenges",
            "/guide/risks/compute-cost", "/guide/strategies/structured-risk-management", "/guide/cases/openai",
            "/guide/risks", "/guide/cases", "/guide/strategies", "/guide/search?q=data"})
    void pageRunsNoStatement(String url) throws Exception {
        mvc.perform(get(url).param("lang", "zh")).andExpect(status().isOk());
        mvc.perform(get(url).param("lang", "en")).andExpect(status().isOk());
        assertThat(StatementCounting.count()).as("SQL statements for %s", url).isZero();
    }
}
