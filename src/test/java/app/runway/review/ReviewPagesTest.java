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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import app.runway.assessment.Assessment;
import app.runway.assessment.ReviewState;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.audit.AuditEventRepository;
import app.runway.audit.AuditLog;
import app.runway.questionnaire.Stage;
import app.runway.support.Answers;
import app.runway.support.Assessments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The review page: who may open it, saving a draft, publishing, and what founders can then read. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:review;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(Assessments.class)
class ReviewPagesTest {

    static final String MENTOR = "page-mentor@example.com";
    static final String FOUNDER = "page-founder@example.com";

    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments fixtures;

    @Autowired
    ReviewRepository reviews;

    @Autowired
    ReviewFeedback feedback;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        Assessment submitted = submitted("Anon Check");
        mvc.perform(get(page(submitted))).andExpect(redirectedUrl("/login"));
        mvc.perform(post(page(submitted)).with(csrf()).param("action", "save"))
                .andExpect(redirectedUrl("/login"));
        assertThat(state(submitted)).isEqualTo("SUBMITTED");
    }

    @Test
    void foundersAreRefusedEvenTheirOwnAssessment() throws Exception {
        Assessment submitted = submitted("Own Check");
        mvc.perform(get(page(submitted)).with(user(FOUNDER).roles("FOUNDER"))).andExpect(status().isForbidden());
        mvc.perform(post(page(submitted)).with(user(FOUNDER).roles("FOUNDER")).with(csrf()).param("action", "publish")
                .param("verdict", "READY")).andExpect(status().isForbidden());
        assertThat(reviews.findByAssessmentId(submitted.getId())).isEmpty();
    }

    @Test
    void assessmentsNotSubmittedAndUnknownTokensAreNotFound() throws Exception {
        Assessment notSubmitted = fixtures.completed(FOUNDER, Assessments.profile("Not Shared", "finance",
                Stage.SEED), Answers.MIDDLE);
        fixtures.admin("page-admin@example.com");
        mvc.perform(get(page(notSubmitted)).with(mentor())).andExpect(status().isNotFound());
        mvc.perform(get(page(notSubmitted)).with(user("page-admin@example.com").roles("ADMIN")))
                .andExpect(status().isNotFound());
        mvc.perform(post(page(notSubmitted)).with(mentor()).with(csrf()).param("action", "save"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mentor/reviews/no-such-token").with(mentor())).andExpect(status().isNotFound());
        assertThat(state(notSubmitted)).isEqualTo("DRAFT");
    }

    @Test
    void openingASubmittedAssessmentTakesItIntoReviewAndShowsTheSelfAssessment() throws Exception {
        Assessment submitted = submitted("Open Me");
        ReadinessResult result = submitted.result();

        mvc.perform(get(page(submitted)).with(mentor()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("review/review"))
                .andExpect(content().string(allOf(
                        containsString("Review of Open Me"),
                        containsString("Please check our data plan"),
                        containsString("class=\"self-index-number\">" + result.index() + "<"),
                        containsString("Founder&#39;s self-score:"),
                        containsString("href=\"/assessments/" + submitted.getToken() + "/report\""),
                        containsString("name=\"scores[market]\""),
                        containsString("name=\"comments[business-model]\""),
                        containsString("In review"))));
        assertThat(result.flaggedRisks()).isNotEmpty();
        mvc.perform(get(page(submitted)).with(mentor()))
                .andExpect(content().string(containsString("href=\"/guide/risks/" + result.flaggedRisks().get(0).id())));

        assertThat(state(submitted)).isEqualTo("IN_REVIEW");
        // Opened twice, started once.
        assertThat(audit.search(MENTOR, AuditLog.Action.REVIEW_STARTED.name(), null, PageRequest.of(0, 50))
                .getContent()).filteredOn(e -> e.getTarget().equals("Open Me")).hasSize(1);
    }

    @Test
    void aSavedDraftStaysHiddenFromTheFounder() throws Exception {
        Assessment submitted = submitted("Draft Me");
        mvc.perform(get(page(submitted)).with(mentor()));

        mvc.perform(post(page(submitted)).with(mentor()).with(csrf()).param("action", "save").param("version", "")
                        .param("scores[market]", "35").param("comments[market]", "Talk to **ten** buyers first.")
                        .param("overall", "Promising team.").param("verdict", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(page(submitted)))
                .andExpect(flash().attribute("flash", "review.flash.saved"));

        Review review = reviews.findByAssessmentId(submitted.getId()).orElseThrow();
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(review.dimension("market").orElseThrow().score()).isEqualTo(35);
        assertThat(review.dimension("market").orElseThrow().commentHtml()).contains("<strong>ten</strong>");
        assertThat(feedback.published(submitted, "en")).isEmpty();
        assertThat(state(submitted)).isEqualTo("IN_REVIEW");
        assertThat(audit.search(MENTOR, AuditLog.Action.REVIEW_SAVED.name(), null, PageRequest.of(0, 50))
                .getContent()).anyMatch(e -> e.getTarget().equals("Draft Me"));

        mvc.perform(get(page(submitted)).with(mentor()).param("lang", "en"))
                .andExpect(content().string(allOf(
                        containsString("value=\"35\""),
                        containsString(">Talk to **ten** buyers first.</textarea>"),
                        containsString("As the founder sees it"),
                        containsString("<strong>ten</strong>"),
                        containsString("Draft, last saved by Page Mentor"))));
    }

    @Test
    void publishingShowsTheReviewToTheFounderAndMarksTheAssessmentReviewed() throws Exception {
        Assessment submitted = submitted("Publish Me");
        ReadinessResult result = submitted.result();
        String recommended = result.strategies().get(0).id();
        String other = result.strategies().stream().anyMatch(s -> s.id().equals("market-research"))
                ? "differentiation" : "market-research";
        mvc.perform(get(page(submitted)).with(mentor()));

        mvc.perform(post(page(submitted)).with(mentor()).with(csrf()).param("action", "publish").param("version", "")
                        .param("scores[team]", "80").param("comments[team]", "A strong, balanced team.")
                        .param("scores[funding]", "20")
                        .param("overall", "Fix the funding plan, then go.")
                        .param("added", other).param("removed", recommended).param("verdict", "READY_WITH_CONDITIONS"))
                .andExpect(redirectedUrl(page(submitted)))
                .andExpect(flash().attribute("flash", "review.flash.published"));

        assertThat(state(submitted)).isEqualTo("REVIEWED");
        PublishedReview published = feedback.published(submitted, "en").orElseThrow();
        assertThat(published.verdict()).isEqualTo(Verdict.READY_WITH_CONDITIONS);
        assertThat(published.mentorName()).isEqualTo("Page Mentor");
        assertThat(published.dimension("team").orElseThrow().mentorScore()).isEqualTo(80);
        assertThat(published.dimension("team").orElseThrow().commentHtml()).isEqualTo("<p>A strong, balanced team.</p>\n");
        assertThat(published.dimension("funding").orElseThrow().commentHtml()).isNull();
        assertThat(published.dimension("market")).isEmpty();
        assertThat(published.overallHtml()).contains("Fix the funding plan");
        assertThat(published.added()).extracting(PublishedReview.StrategyLink::id).containsExactly(other);
        assertThat(published.added().get(0).url()).isEqualTo("/guide/strategies/" + other);
        assertThat(published.added().get(0).title()).isNotEqualTo(other);
        assertThat(published.removed()).extracting(PublishedReview.StrategyLink::id).containsExactly(recommended);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(audit.search(MENTOR, AuditLog.Action.REVIEW_PUBLISHED.name(), null, PageRequest.of(0, 50))
                .getContent()).anyMatch(e -> e.getTarget().equals("Publish Me"));

        // Still editable, published: the page says the founder sees changes, and the verdict cannot go.
        String version = String.valueOf(reviews.findByAssessmentId(submitted.getId()).orElseThrow().getVersion());
        mvc.perform(get(page(submitted)).with(mentor()).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Save changes"), not(containsString("Save draft")),
                        containsString("checked=\"checked\""))));
        mvc.perform(post(page(submitted)).with(mentor()).with(csrf()).param("action", "save").param("version", version)
                        .param("overall", "Changed my mind.").param("verdict", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "verdict", "review.error.verdictRequired"));
        mvc.perform(post(page(submitted)).with(mentor()).with(csrf()).param("action", "save").param("version", version)
                        .param("overall", "Go now.").param("verdict", "READY"))
                .andExpect(redirectedUrl(page(submitted)));
        PublishedReview updated = feedback.published(submitted, "en").orElseThrow();
        assertThat(updated.verdict()).isEqualTo(Verdict.READY);
        assertThat(updated.publishedAt()).isEqualTo(published.publishedAt());
    }

    @Test
    void publishingNeedsAVerdictAndKeepsWhatWasTyped() throws Exception {
        Assessment submitted = submitted("No Verdict");

        mvc.perform(post(page(submitted)).with(mentor()).with(csrf()).param("action", "publish").param("version", "")
                        .param("comments[data]", "Data rights are unclear").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "verdict", "review.error.verdictRequired"))
                .andExpect(content().string(allOf(
                        containsString("<title>Error: Review of No Verdict"),
                        containsString("The review was not saved"),
                        containsString("href=\"#verdict\""),
                        containsString("aria-describedby=\"verdict-help verdict-error\""),
                        containsString(">Data rights are unclear</textarea>"))));
        assertThat(reviews.findByAssessmentId(submitted.getId())).isEmpty();
    }

    @Test
    void scoresOutsideZeroToAHundredAreRefusedBesideTheirField() throws Exception {
        Assessment submitted = submitted("Bad Scores");

        mvc.perform(post(page(submitted)).with(mentor()).with(csrf()).param("action", "save").param("version", "")
                        .param("scores[market]", "120").param("scores[business-model]", "lots")
                        .param("scores[team]", "70").param("comments[team]", "Kept"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "scores[market]", "review.error.score"))
                .andExpect(model().attributeHasFieldErrorCode("form", "scores[business-model]", "review.error.score"))
                .andExpect(content().string(allOf(
                        containsString("id=\"scores-market-error\""),
                        containsString("aria-describedby=\"self-market scores-market-error\""),
                        containsString("href=\"#scores-business-model\""),
                        containsString("value=\"lots\""),
                        containsString("value=\"70\""),
                        containsString(">Kept</textarea>"))));
        assertThat(reviews.findByAssessmentId(submitted.getId())).isEmpty();
    }

    @Test
    void onlyOfferedStrategiesMayBeAddedOrRemoved() throws Exception {
        Assessment submitted = submitted("Odd Strategy");
        mvc.perform(post(page(submitted)).with(mentor()).with(csrf()).param("action", "save").param("version", "")
                        .param("added", "no-such-strategy").param("removed", "another-unknown"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "added", "review.error.strategy"))
                .andExpect(model().attributeHasFieldErrorCode("form", "removed", "review.error.strategy"));
        assertThat(reviews.findByAssessmentId(submitted.getId())).isEmpty();
    }

    @Test
    void commentsTooLongAreRefused() throws Exception {
        Assessment submitted = submitted("Long Winded");
        mvc.perform(post(page(submitted)).with(mentor()).with(csrf()).param("action", "save").param("version", "")
                        .param("comments[market]", "x".repeat(ReviewForm.MAX_COMMENT + 1)))
                .andExpect(model().attributeHasFieldErrorCode("form", "comments[market]", "review.error.commentTooLong"))
                .andExpect(content().string(containsString("Use at most 4000 characters.")));
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        Assessment submitted = submitted("No Token");
        mvc.perform(post(page(submitted)).with(mentor()).param("action", "publish").param("verdict", "READY"))
                .andExpect(status().isForbidden());
        assertThat(reviews.findByAssessmentId(submitted.getId())).isEmpty();
        assertThat(state(submitted)).isEqualTo("SUBMITTED");
    }

    @Test
    void whatFoundersAndMentorsTypedIsEscapedAndMarkdownScriptIsInert() throws Exception {
        Assessment submitted = fixtures.submitted(FOUNDER, Assessments.profile("<script>alert('name')</script>",
                "healthcare", Stage.SEED), Answers.MIDDLE, "<img src=x onerror=alert('note')>");
        String evil = "**Good** <script>alert('comment')</script> [click me](javascript:alert('link')) "
                + "<img src=x onerror=alert('img')>";

        mvc.perform(post(page(submitted)).with(mentor()).with(csrf()).param("action", "publish").param("version", "")
                        .param("comments[market]", evil).param("overall", evil).param("verdict", "NOT_YET_READY"))
                .andExpect(redirectedUrl(page(submitted)));

        String html = mvc.perform(get(page(submitted)).with(mentor())).andReturn().getResponse().getContentAsString();
        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(&#39;note&#39;)&gt;")
                .contains("<strong>Good</strong>")
                .contains("click me")
                .doesNotContain("<script>alert")
                .doesNotContain("<img")
                .doesNotContain("href=\"javascript:");
        PublishedReview published = feedback.published(submitted, "en").orElseThrow();
        for (String comment : List.of(published.overallHtml(), published.dimension("market").orElseThrow().commentHtml())) {
            assertThat(comment).contains("<strong>Good</strong>").contains("&lt;script&gt;")
                    .doesNotContain("<script").doesNotContain("<img").doesNotContainIgnoringCase("javascript:");
        }
    }

    @Test
    void reviewPageSpeaksChinese() throws Exception {
        Assessment submitted = submitted("Chinese Page");
        mvc.perform(get(page(submitted)).with(mentor()).param("lang", "zh"))
                .andExpect(content().string(allOf(containsString("你的评审"), containsString("创始人自评分"),
                        containsString("发布给创始人"), containsString("lang=\"zh-CN\""))));
    }

    private Assessment submitted(String name) {
        fixtures.mentor(MENTOR, "Page Mentor");
        return fixtures.submitted(FOUNDER, Assessments.profile(name, "healthcare", Stage.SEED), Answers.MIDDLE,
                "Please check our data plan");
    }

    private String state(Assessment assessment) {
        return jdbc.queryForObject("select review_state from assessment where id = ?", String.class,
                assessment.getId());
    }

    static String page(Assessment assessment) {
        return "/mentor/reviews/" + assessment.getToken();
    }

    private static RequestPostProcessor mentor() {
        return user(MENTOR).roles("MENTOR");
    }
}
