package app.runway.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.sql.Timestamp;
import java.time.Instant;

import app.runway.assessment.Assessment;
import app.runway.questionnaire.Stage;
import app.runway.support.Answers;
import app.runway.support.Assessments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The mentors' queue. Each test gives its assessments a stage and industry of their own and filters
 * by them, so that tests sharing the database do not see each other's rows.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:review;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(Assessments.class)
class ReviewQueueTest {

    static final String MENTOR = "queue-mentor@example.com";

    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/mentor")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void foundersAreRefused() throws Exception {
        fixtures.founder("queue-founder@example.com");
        mvc.perform(get("/mentor").with(user("queue-founder@example.com").roles("FOUNDER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminsMayUseTheQueue() throws Exception {
        fixtures.admin("queue-admin@example.com");
        mvc.perform(get("/mentor").with(user("queue-admin@example.com").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(view().name("review/queue"));
    }

    @Test
    void listsSubmittedAssessmentsButNotDrafts() throws Exception {
        fixtures.submitted("f1@example.com", Assessments.profile("Shared Labs", "finance", Stage.IDEA),
                Answers.MIDDLE, "Please look at our market");
        fixtures.completed("f1@example.com", Assessments.profile("Private Labs", "finance", Stage.IDEA),
                Answers.MIDDLE);

        mvc.perform(queue().param("state", "all").param("stage", "idea").param("industry", "finance"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Shared Labs"), not(containsString("Private Labs")),
                        containsString("Waiting for a mentor"), containsString("Not started"))));
    }

    @Test
    void filtersByIndexRange() throws Exception {
        fixtures.submitted("f2@example.com", Assessments.profile("High Flyer", "retail", Stage.PROTOTYPE),
                Answers.BEST, null);
        fixtures.submitted("f2@example.com", Assessments.profile("Low Rider", "retail", Stage.PROTOTYPE),
                Answers.WORST, null);

        mvc.perform(queue().param("stage", "prototype").param("industry", "retail").param("min", "80"))
                .andExpect(content().string(allOf(containsString("High Flyer"), not(containsString("Low Rider")))));
        mvc.perform(queue().param("stage", "prototype").param("industry", "retail").param("max", "30"))
                .andExpect(content().string(allOf(containsString("Low Rider"), not(containsString("High Flyer")))));
    }

    @Test
    void sortsByIndexEitherWay() throws Exception {
        fixtures.submitted("f3@example.com", Assessments.profile("Sort Top", "telecom", Stage.PROTOTYPE),
                Answers.BEST, null);
        fixtures.submitted("f3@example.com", Assessments.profile("Sort Bottom", "telecom", Stage.PROTOTYPE),
                Answers.WORST, null);
        fixtures.submitted("f3@example.com", Assessments.profile("Sort Middle", "telecom", Stage.PROTOTYPE),
                Answers.MIDDLE, null);

        String high = body(queue().param("industry", "telecom").param("stage", "prototype").param("sort", "index-high"));
        assertThat(high.indexOf("Sort Top")).isLessThan(high.indexOf("Sort Middle"));
        assertThat(high.indexOf("Sort Middle")).isLessThan(high.indexOf("Sort Bottom"));
        String low = body(queue().param("industry", "telecom").param("stage", "prototype").param("sort", "index-low"));
        assertThat(low.indexOf("Sort Bottom")).isLessThan(low.indexOf("Sort Middle"));
        assertThat(low.indexOf("Sort Middle")).isLessThan(low.indexOf("Sort Top"));
        String byName = body(queue().param("industry", "telecom").param("stage", "prototype").param("sort", "name"));
        assertThat(byName.indexOf("Sort Bottom")).isLessThan(byName.indexOf("Sort Middle"));
        assertThat(byName.indexOf("Sort Middle")).isLessThan(byName.indexOf("Sort Top"));
    }

    @Test
    void filtersByStateAndSubmissionDate() throws Exception {
        Assessment january = fixtures.submitted("f4@example.com",
                Assessments.profile("January Co", "manufacturing", Stage.SEED), Answers.MIDDLE, null);
        fixtures.submitted("f4@example.com", Assessments.profile("Today Co", "manufacturing", Stage.SEED),
                Answers.MIDDLE, null);
        jdbc.update("update assessment set submitted_at = ? where token = ?",
                Timestamp.from(Instant.parse("2024-01-15T10:00:00Z")), january.getToken());

        mvc.perform(queue().param("industry", "manufacturing").param("from", "2024-01-01").param("to", "2024-01-31"))
                .andExpect(content().string(allOf(containsString("January Co"), not(containsString("Today Co")),
                        containsString("2024-01-15"))));

        // Opening the review takes it out of "waiting" and into "in review".
        fixtures.mentor(MENTOR, "Queue Mentor");
        mvc.perform(get("/mentor/reviews/" + january.getToken()).with(mentor())).andExpect(status().isOk());
        mvc.perform(queue().param("industry", "manufacturing").param("state", "SUBMITTED"))
                .andExpect(content().string(allOf(containsString("Today Co"), not(containsString("January Co")))));
        mvc.perform(queue().param("industry", "manufacturing").param("state", "IN_REVIEW"))
                .andExpect(content().string(allOf(containsString("January Co"), not(containsString("Today Co")))));
    }

    @Test
    void pagesKeepTheFilters() throws Exception {
        for (int i = 1; i <= ReviewQueue.PAGE_SIZE + 3; i++) {
            fixtures.submitted("f5@example.com",
                    Assessments.profile(String.format("Paged %02d", i), "automotive", Stage.GROWTH), Answers.MIDDLE,
                    null);
        }

        String first = body(queue().param("industry", "automotive").param("stage", "growth").param("sort", "name"));
        assertThat(first).contains("23 assessments match").contains("Page 1 of 2").contains("Paged 20")
                .doesNotContain("Paged 21")
                .contains("href=\"/mentor?state=open&amp;stage=growth&amp;industry=automotive&amp;sort=name&amp;page=2\"");
        String second = body(queue().param("industry", "automotive").param("stage", "growth").param("sort", "name")
                .param("page", "2"));
        assertThat(second).contains("Page 2 of 2").contains("Paged 21").contains("Paged 23").doesNotContain("Paged 20")
                .contains("rel=\"prev\"");
        // Past the end: the last page, not an empty one.
        assertThat(body(queue().param("industry", "automotive").param("stage", "growth").param("page", "9")))
                .contains("Page 2 of 2");
    }

    @Test
    void mistypedFiltersAreNamedAndLeftOut() throws Exception {
        fixtures.submitted("f6@example.com", Assessments.profile("Still Listed", "e-commerce", Stage.PRE_SEED),
                Answers.MIDDLE, null);

        mvc.perform(queue().param("industry", "e-commerce").param("min", "lots").param("from", "2025-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Still Listed"),
                        containsString("Enter a whole number from 0 to 100."),
                        containsString("Enter a date as YYYY-MM-DD"),
                        containsString("aria-describedby=\"filter-min-error\""),
                        containsString("value=\"lots\""))));
    }

    @Test
    void startupNamesAreEscaped() throws Exception {
        fixtures.submitted("f7@example.com",
                Assessments.profile("<script>alert('queue')</script>", "transportation", Stage.PRE_SEED),
                Answers.MIDDLE, null);

        mvc.perform(queue().param("industry", "transportation"))
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert(&#39;queue&#39;)&lt;/script&gt;"),
                        not(containsString("<script>alert")))));
    }

    @Test
    void queueSpeaksChinese() throws Exception {
        mvc.perform(queue().param("lang", "zh")).andExpect(content().string(allOf(containsString("评审队列"),
                containsString("应用筛选"))));
    }

    private MockHttpServletRequestBuilder queue() {
        fixtures.mentor(MENTOR, "Queue Mentor");
        return get("/mentor").with(mentor());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor mentor() {
        return user(MENTOR).roles("MENTOR");
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
