package app.runway.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import app.runway.assessment.Assessment;
import app.runway.questionnaire.Stage;
import app.runway.support.Answers;
import app.runway.support.Assessments;
import app.runway.support.Postgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The review migration, the queue's query (empty and set filters alike) and saving reviews on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@Import(Assessments.class)
class PostgresReviewIT {

    private static final Postgres POSTGRES = Postgres.start();
    private static final String MENTOR = "pg-mentor@example.com";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        POSTGRES.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments fixtures;

    @Autowired
    ReviewFeedback feedback;

    @Test
    void queueFiltersAndReviewsWorkOnPostgres() throws Exception {
        fixtures.mentor(MENTOR, "PG Mentor");
        Assessment strong = fixtures.submitted("pg-founder@example.com",
                Assessments.profile("PG Strong", "finance", Stage.SEED), Answers.BEST, "note");
        fixtures.submitted("pg-founder@example.com", Assessments.profile("PG Weak", "finance", Stage.SEED),
                Answers.WORST, null);
        String today = LocalDate.now().toString();

        mvc.perform(get("/mentor").with(user(MENTOR).roles("MENTOR")))
                .andExpect(content().string(allOf(containsString("PG Strong"), containsString("PG Weak"))));
        mvc.perform(get("/mentor").with(user(MENTOR).roles("MENTOR")).param("stage", "seed").param("industry", "finance")
                        .param("from", today).param("to", today).param("min", "80").param("sort", "index-high"))
                .andExpect(content().string(allOf(containsString("PG Strong"), not(containsString("PG Weak")))));
        mvc.perform(get("/mentor").with(user(MENTOR).roles("MENTOR")).param("state", "all").param("sort", "name")
                        .param("from", today))
                .andExpect(content().string(allOf(containsString("PG Strong"), containsString("PG Weak"))));

        mvc.perform(get("/mentor/reviews/" + strong.getToken()).with(user(MENTOR).roles("MENTOR")))
                .andExpect(status().isOk());
        mvc.perform(post("/mentor/reviews/" + strong.getToken()).with(user(MENTOR).roles("MENTOR")).with(csrf())
                        .param("action", "publish").param("version", "").param("scores[market]", "55")
                        .param("comments[market]", "市场**很大**").param("verdict", "READY"))
                .andExpect(status().isFound());
        PublishedReview published = feedback.published(strong, "zh").orElseThrow();
        assertThat(published.dimension("market").orElseThrow().commentHtml()).contains("<strong>很大</strong>");
        mvc.perform(get("/mentor").with(user(MENTOR).roles("MENTOR")).param("state", "REVIEWED"))
                .andExpect(content().string(allOf(containsString("PG Strong"), containsString("Published by PG Mentor"))));
    }
}
