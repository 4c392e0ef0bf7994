package app.runway.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page runs a fixed, small number of SQL statements however many entries it shows: the
 * strategy chapter shows 52 entries, a risk page dozens of links.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GuideQueryCountTest {

    private static final int MAX_STATEMENTS_PER_PAGE = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Statistics statistics;

    @BeforeEach
    void resetStatistics() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/guide", "/guide/chapters/strategy", "/guide/chapters/challenges",
            "/guide/risks/compute-cost", "/guide/strategies/structured-risk-management", "/guide/cases/openai",
            "/guide/risks", "/guide/cases", "/guide/strategies"})
    void pageRunsABoundedNumberOfStatements(String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().isOk());
        assertThat(statistics.getPrepareStatementCount()).as("SQL statements for %s", url)
                .isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
        assertThat(statistics.getEntityFetchCount()).as("entities fetched one by one for %s", url).isZero();
    }
}
