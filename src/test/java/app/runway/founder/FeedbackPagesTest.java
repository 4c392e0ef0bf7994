package app.runway.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import app.runway.assessment.Assessment;
import app.runway.assessment.ReviewState;
import app.runway.founder.FeedbackView.ScoreRow;
import app.runway.support.Assessments;
import app.runway.support.Assessments.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The mentor's published feedback as its founder reads it. The review is written through the
 * mentor's own page, so that what the founder sees is what a mentor's typing produces.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(Assessments.class)
class FeedbackPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments fixtures;

    @Test
    void founderSeesTheMentorsScoresBesideTheirOwnWithCommentsAndVerdict() throws Exception {
        Person ada = fixtures.founder();
        Person mentor = fixtures.mentor();
        Assessment lab = fixtures.submitted(ada, fixtures.researchLab(ada, "Deep Lab"), "Please look at the market.");
        int selfMarket = lab.result().dimensions().get("market").score();

        mvc.perform(review(lab, mentor).param("scores[market]", "35")
                        .param("comments[market]", "**Talk to customers** first.")
                        .param("scores[technology]", "90")
                        .param("overall", "A strong team; now find the buyer.")
                        .param("verdict", "READY_WITH_CONDITIONS").param("action", "publish"))
                .andExpect(status().isFound());
        assertThat(fixtures.reviewState(lab)).isEqualTo(ReviewState.REVIEWED);

        MvcResult page = mvc.perform(get(feedback(lab)).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("founder/feedback"))
                .andExpect(content().string(allOf(
                        containsString("Mentor feedback on \u201CDeep Lab\u201D"),
                        containsString("Ready, with conditions"),
                        containsString("By Mentor"),
                        containsString("<strong>Talk to customers</strong> first."),
                        containsString("A strong team; now find the buyer."),
                        containsString("<span>Market insight and positioning</span>"),
                        containsString(">You<"), containsString(">Mentor<"))))
                .andReturn();
        FeedbackView view = (FeedbackView) page.getModelAndView().getModel().get("feedback");

        assertThat(view.scores()).filteredOn(r -> r.id().equals("market")).singleElement()
                .satisfies(r -> {
                    assertThat(r.self()).isEqualTo(selfMarket);
                    assertThat(r.mentor()).isEqualTo(35);
                    assertThat(r.difference()).isEqualTo(CompareView.Change.of(selfMarket, 35));
                });
        assertThat(view.scores()).extracting(ScoreRow::id).contains("market", "technology", "data");
        assertThat(view.scores()).filteredOn(r -> r.id().equals("data")).extracting(ScoreRow::mentor)
                .containsOnlyNulls();
        assertThat(view.comments()).extracting(FeedbackView.DimensionComment::id).containsExactly("market");
        // A dash (read out as "not scored", "none"...) stands exactly where a value is missing.
        long missing = view.scores().stream().mapToLong(r -> (r.self() == null ? 1 : 0) + (r.mentor() == null ? 1 : 0)
                + (r.difference() == null ? 1 : 0)).sum();
        assertThat(page.getResponse().getContentAsString().split("class=\"missing\"", -1)).hasSize((int) missing + 1);

        mvc.perform(get("/me").with(ada.signedIn()).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Reviewed: feedback published"),
                        containsString("href=\"" + feedback(lab) + "\""))));
    }

    @Test
    void scriptInAMentorsCommentsIsInertOnTheFoundersPage() throws Exception {
        Person ada = fixtures.founder();
        Person mentor = fixtures.mentor();
        Assessment lab = fixtures.submitted(ada, fixtures.strong(ada, "Deep Lab"), null);

        publish(lab, mentor, "50", "Fine <script>alert('dimension')</script> [link](javascript:alert(2))",
                "Overall <img src=x onerror=alert(1)> <script>alert('overall')</script>");

        String html = mvc.perform(get(feedback(lab)).with(ada.signedIn()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // Whatever the sanitiser keeps, it is text: no script element, no event handler, no script link.
        assertThat(html).contains("Fine", "Overall").doesNotContain("<script>alert", "javascript:", "<img")
                .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
    }

    @Test
    void aDraftReviewIsNeverShownToTheFounder() throws Exception {
        Person ada = fixtures.founder();
        Person mentor = fixtures.mentor();
        Assessment lab = fixtures.submitted(ada, fixtures.strong(ada, "Deep Lab"), null);

        mvc.perform(review(lab, mentor).param("scores[market]", "10").param("comments[market]", "Secret draft words"))
                .andExpect(status().isFound());

        FeedbackView view = (FeedbackView) mvc.perform(get(feedback(lab)).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is no published feedback"),
                        containsString("A mentor is reviewing it"), not(containsString("Secret draft words")))))
                .andReturn().getModelAndView().getModel().get("feedback");
        assertThat(view.published()).isFalse();
        assertThat(view.scores()).isEmpty();
    }

    @Test
    void strategiesTheMentorAddedAndRemovedLinkToTheGuide() throws Exception {
        Person ada = fixtures.founder();
        Person mentor = fixtures.mentor();
        Assessment lab = fixtures.submitted(ada, fixtures.researchLab(ada, "Deep Lab"), null);
        String removed = fixtures.recommendedStrategy(lab);
        String added = fixtures.otherStrategy(lab);
        fixtures.publishedReview(lab, mentor, added, removed);

        mvc.perform(get(feedback(lab)).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/guide/strategies/" + added + "\""),
                        containsString("href=\"/guide/strategies/" + removed + "\""),
                        containsString("The mentor recommends, on top of your report"),
                        containsString("The mentor advises against"), containsString("Not ready yet"))));
    }

    @Test
    void feedbackIsTranslated() throws Exception {
        Person ada = fixtures.founder();
        Person mentor = fixtures.mentor();
        Assessment lab = fixtures.submitted(ada, fixtures.strong(ada, "深度实验室"), null);
        publish(lab, mentor, "70", "不错", "继续努力");

        mvc.perform(get(feedback(lab)).with(ada.signedIn()).param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("导师对\u201C深度实验室\u201D的反馈"),
                        containsString(">自评<"), containsString(">导师<"), containsString("继续努力"))));
    }

    @Test
    void beforeAnyReviewThePageSaysWhereTheAssessmentStands() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");

        mvc.perform(get(feedback(lab)).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is no published feedback"),
                        containsString("Not submitted"))));
    }

    @Test
    void onlyTheFounderReadsTheirFeedback() throws Exception {
        Person ada = fixtures.founder();
        Person mentor = fixtures.mentor();
        Assessment lab = fixtures.submitted(ada, fixtures.strong(ada, "Deep Lab"), null);
        publish(lab, mentor, "50", "For Ada only", "For Ada only");

        mvc.perform(get(feedback(lab))).andExpect(redirectedUrl("/login"));
        mvc.perform(get(feedback(lab)).with(fixtures.founder().signedIn())).andExpect(status().isNotFound());
        mvc.perform(get(feedback(lab)).with(mentor.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get(feedback(lab)).with(fixtures.admin().signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/me/assessments/guessed-token/feedback").with(ada.signedIn()))
                .andExpect(status().isNotFound());
    }

    // --- Writing reviews as a mentor would ------------------------------------------------------

    /** The mentor opens the review page (the assessment goes into review) and publishes a first version. */
    private void publish(Assessment lab, Person mentor, String marketScore, String marketComment, String overall)
            throws Exception {
        mvc.perform(review(lab, mentor).param("scores[market]", marketScore).param("comments[market]", marketComment)
                        .param("overall", overall).param("verdict", "READY_WITH_CONDITIONS")
                        .param("action", "publish"))
                .andExpect(status().isFound());
    }

    private MockHttpServletRequestBuilder review(Assessment lab, Person mentor) throws Exception {
        mvc.perform(get("/mentor/reviews/" + lab.getToken()).with(mentor.signedIn())).andExpect(status().isOk());
        return post("/mentor/reviews/" + lab.getToken()).with(mentor.signedIn()).with(csrf());
    }

    private static String feedback(Assessment assessment) {
        return "/me/assessments/" + assessment.getToken() + "/feedback";
    }
}
