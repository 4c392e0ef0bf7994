package app.runway.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import app.runway.assessment.Assessment;
import app.runway.assessment.ReviewState;
import app.runway.audit.AuditEvent;
import app.runway.audit.AuditEventRepository;
import app.runway.support.Assessments;
import app.runway.support.Assessments.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** "My assessments": the history, submitting with a note, withdrawing, re-taking; who may do what. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(Assessments.class)
class MyAssessmentsPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditEventRepository audit;

    // --- The history ---------------------------------------------------------------------------

    @Test
    void showsEachStartupsAssessmentsNewestFirstWithStatusIndexAndReviewState() throws Exception {
        Person ada = fixtures.founder();
        Assessment first = fixtures.researchLab(ada, "Deep Lab");
        Assessment second = fixtures.improvedRetake(ada, first);
        Assessment other = fixtures.inProgress(ada, "Other Venture");
        fixtures.submitted(ada, second, null);

        String html = mvc.perform(get("/me").with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("founder/me"))
                .andExpect(content().string(allOf(
                        containsString("My assessments"),
                        containsString(">Deep Lab</h2>"),
                        containsString(">Other Venture</h2>"),
                        containsString("2 assessments"),
                        containsString(first.result().index() + " of 100"),
                        containsString(second.result().index() + " of 100"),
                        containsString("Submitted, waiting for a mentor"),
                        containsString("In progress"),
                        containsString("href=\"/assessments/" + other.getToken() + "\""),
                        containsString("href=\"/assessments/" + second.getToken() + "/report\""),
                        containsString("action=\"/me/assessments/" + second.getToken() + "/withdraw\""),
                        containsString("href=\"/me/assessments/" + first.getToken() + "/submit\""),
                        containsString("href=\"/me/compare?a=" + first.getToken() + "&amp;b=" + second.getToken()
                                + "\""))))
                .andReturn().getResponse().getContentAsString();
        // The startup assessed last comes first, and within a startup the newest assessment.
        assertThat(html.indexOf("Other Venture</h2>")).isLessThan(html.indexOf("Deep Lab</h2>"));
        assertThat(html.indexOf("row-" + second.getToken())).isLessThan(html.indexOf("row-" + first.getToken()));
        // Withdrawing is offered only for the submitted one, submitting only for the completed draft.
        assertThat(html).doesNotContain("/me/assessments/" + first.getToken() + "/withdraw")
                .doesNotContain("/me/assessments/" + second.getToken() + "/submit")
                .doesNotContain("/me/assessments/" + other.getToken() + "/submit");
    }

    @Test
    void showsOnlyTheFoundersOwnAssessments() throws Exception {
        Person ada = fixtures.founder();
        Person bob = fixtures.founder();
        fixtures.strong(ada, "Ada Robotics");
        Assessment bobs = fixtures.strong(bob, "Bob Secret Labs");

        mvc.perform(get("/me").with(ada.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ada Robotics"), not(containsString("Bob Secret Labs")),
                        not(containsString(bobs.getToken())))));
    }

    @Test
    void aNewFounderIsInvitedToStart() throws Exception {
        mvc.perform(get("/me").with(fixtures.founder().signedIn()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("You have no assessments yet"),
                        containsString("href=\"/assessments/new\""))));
    }

    @Test
    void startupNamesAreShownAsTextNeverAsMarkup() throws Exception {
        Person ada = fixtures.founder();
        fixtures.strong(ada, "<script>alert(1)</script> & Co");

        mvc.perform(get("/me").with(ada.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<script>alert(1)</script>")),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"))));
    }

    @Test
    void historyIsTranslated() throws Exception {
        Person ada = fixtures.founder();
        fixtures.strong(ada, "深度实验室");

        mvc.perform(get("/me").with(ada.signedIn()).param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("我的评估"), containsString("深度实验室"),
                        containsString("未提交"), containsString("打开报告"), containsString("年"))));
    }

    @Test
    void visitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/me")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void mentorsAndAdminsHaveNoFoundersPage() throws Exception {
        mvc.perform(get("/me").with(fixtures.mentor().signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/me").with(fixtures.admin().signedIn())).andExpect(status().isForbidden());
    }

    // --- Submitting ----------------------------------------------------------------------------

    @Test
    void submitPageAsksForAnOptionalNote() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");

        mvc.perform(get(path(lab, "submit")).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("founder/submit"))
                .andExpect(content().string(allOf(containsString("Submit \u201CDeep Lab\u201D for mentor review"),
                        containsString("<label class=\"form-label\" for=\"note\""),
                        containsString("aria-describedby=\"note-help\""),
                        containsString("name=\"_csrf\""))));
    }

    @Test
    void submittingWithANoteSharesItWithMentorsAndLogsIt() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");

        mvc.perform(post(path(lab, "submit")).with(ada.signedIn()).with(csrf()).param("note", "Please look at our data."))
                .andExpect(redirectedUrl("/me")).andExpect(flash().attribute("flash", "founder.flash.submitted"));

        assertThat(fixtures.reviewState(lab)).isEqualTo(ReviewState.SUBMITTED);
        assertThat(jdbc.queryForObject("select submission_note from assessment where token = ?", String.class,
                lab.getToken())).isEqualTo("Please look at our data.");
        List<AuditEvent> events = audit.search(ada.email(), "ASSESSMENT_SUBMITTED", null, PageRequest.of(0, 5))
                .getContent();
        assertThat(events).hasSize(1);
    }

    @Test
    void aNoteOverTwoThousandCharactersIsRefusedAndKept() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");
        String note = "x".repeat(2001);

        mvc.perform(post(path(lab, "submit")).with(ada.signedIn()).with(csrf()).param("note", note)
                        .param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("founder/submit"))
                .andExpect(model().attributeHasFieldErrorCode("form", "note", "Size"))
                .andExpect(content().string(allOf(containsString("The note may have at most 2000 characters"),
                        containsString("aria-describedby=\"note-help note-error\""),
                        containsString("aria-invalid=\"true\""), containsString(note))));
        assertThat(fixtures.reviewState(lab)).isEqualTo(ReviewState.DRAFT);
    }

    @Test
    void aNoteOfExactlyTwoThousandCharactersIsAccepted() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");

        mvc.perform(post(path(lab, "submit")).with(ada.signedIn()).with(csrf()).param("note", "y".repeat(2000)))
                .andExpect(redirectedUrl("/me"));
        assertThat(fixtures.reviewState(lab)).isEqualTo(ReviewState.SUBMITTED);
    }

    @Test
    void anAssessmentStillBeingAnsweredCannotBeSubmitted() throws Exception {
        Person ada = fixtures.founder();
        Assessment half = fixtures.inProgress(ada, "Half Done");

        mvc.perform(get(path(half, "submit")).with(ada.signedIn()))
                .andExpect(redirectedUrl("/me"))
                .andExpect(flash().attribute(MyAssessmentsController.PROBLEM, "founder.problem.cannotSubmit"));
        mvc.perform(post(path(half, "submit")).with(ada.signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/me"))
                .andExpect(flash().attribute(MyAssessmentsController.PROBLEM, "founder.problem.cannotSubmit"));
        assertThat(fixtures.reviewState(half)).isEqualTo(ReviewState.DRAFT);
    }

    @Test
    void theProblemIsExplainedOnTheList() throws Exception {
        Person ada = fixtures.founder();
        mvc.perform(get("/me").with(ada.signedIn()).param("lang", "en")
                        .flashAttr(MyAssessmentsController.PROBLEM, "founder.problem.cannotWithdraw"))
                .andExpect(content().string(allOf(containsString("role=\"alert\""),
                        containsString("This submission can no longer be withdrawn"))));
    }

    @Test
    void submittingTwiceIsExplainedNotFailed() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.submitted(ada, fixtures.strong(ada, "Deep Lab"), "first");

        mvc.perform(post(path(lab, "submit")).with(ada.signedIn()).with(csrf()).param("note", "second"))
                .andExpect(redirectedUrl("/me"))
                .andExpect(flash().attribute(MyAssessmentsController.PROBLEM, "founder.problem.cannotSubmit"));
        assertThat(jdbc.queryForObject("select submission_note from assessment where token = ?", String.class,
                lab.getToken())).isEqualTo("first");
    }

    @Test
    void submittingNeedsTheCsrfToken() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");

        mvc.perform(post(path(lab, "submit")).with(ada.signedIn()).param("note", "n"))
                .andExpect(status().isForbidden());
        assertThat(fixtures.reviewState(lab)).isEqualTo(ReviewState.DRAFT);
    }

    @Test
    void anotherFoundersAssessmentIsNotFound() throws Exception {
        Person ada = fixtures.founder();
        Person eve = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");
        Assessment submitted = fixtures.submitted(ada, fixtures.strong(ada, "Deep Lab"), null);

        mvc.perform(get(path(lab, "submit")).with(eve.signedIn())).andExpect(status().isNotFound());
        mvc.perform(post(path(lab, "submit")).with(eve.signedIn()).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(path(submitted, "withdraw")).with(eve.signedIn()).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(path(lab, "retake")).with(eve.signedIn()).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/me/assessments/no-such-token/submit").with(ada.signedIn()).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fixtures.reviewState(lab)).isEqualTo(ReviewState.DRAFT);
        assertThat(fixtures.reviewState(submitted)).isEqualTo(ReviewState.SUBMITTED);
    }

    @Test
    void mentorsAndAdminsCannotActForAFounder() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.submitted(ada, fixtures.strong(ada, "Deep Lab"), null);
        for (Person other : List.of(fixtures.mentor(), fixtures.admin())) {
            mvc.perform(get(path(lab, "submit")).with(other.signedIn())).andExpect(status().isForbidden());
            mvc.perform(post(path(lab, "withdraw")).with(other.signedIn()).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(path(lab, "retake")).with(other.signedIn()).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(fixtures.reviewState(lab)).isEqualTo(ReviewState.SUBMITTED);
    }

    @Test
    void visitorsAreSentToSignInInsteadOfActing() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");
        mvc.perform(post(path(lab, "submit")).with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(post(path(lab, "retake")).with(csrf())).andExpect(redirectedUrl("/login"));
        assertThat(fixtures.reviewState(lab)).isEqualTo(ReviewState.DRAFT);
    }

    // --- Withdrawing ---------------------------------------------------------------------------

    @Test
    void aSubmissionNotYetInReviewCanBeWithdrawn() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.submitted(ada, fixtures.strong(ada, "Deep Lab"), "note");

        mvc.perform(post(path(lab, "withdraw")).with(ada.signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/me")).andExpect(flash().attribute("flash", "founder.flash.withdrawn"));
        assertThat(fixtures.reviewState(lab)).isEqualTo(ReviewState.DRAFT);
        assertThat(audit.search(ada.email(), "SUBMISSION_WITHDRAWN", null, PageRequest.of(0, 5))).hasSize(1);
    }

    @Test
    void aSubmissionInReviewCannotBeWithdrawn() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.submitted(ada, fixtures.strong(ada, "Deep Lab"), null);
        fixtures.setReviewState(lab, ReviewState.IN_REVIEW);

        mvc.perform(post(path(lab, "withdraw")).with(ada.signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/me"))
                .andExpect(flash().attribute(MyAssessmentsController.PROBLEM, "founder.problem.cannotWithdraw"));
        assertThat(fixtures.reviewState(lab)).isEqualTo(ReviewState.IN_REVIEW);
    }

    @Test
    void withdrawingNeedsTheCsrfToken() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.submitted(ada, fixtures.strong(ada, "Deep Lab"), null);

        mvc.perform(post(path(lab, "withdraw")).with(ada.signedIn())).andExpect(status().isForbidden());
        assertThat(fixtures.reviewState(lab)).isEqualTo(ReviewState.SUBMITTED);
    }

    // --- Re-taking -----------------------------------------------------------------------------

    @Test
    void retakeStartsANewAssessmentFromThePreviousAnswers() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.researchLab(ada, "Deep Lab");

        String location = mvc.perform(post(path(lab, "retake")).with(ada.signedIn()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/assessments/*/profile"))
                .andExpect(flash().attribute("flash", "founder.flash.retake"))
                .andReturn().getResponse().getRedirectedUrl();
        String token = location.split("/")[2];

        assertThat(token).isNotEqualTo(lab.getToken());
        assertThat(jdbc.queryForObject("select owner_id from assessment where token = ?", Long.class, token))
                .isEqualTo(ada.account().getId());
        assertThat(jdbc.queryForObject("select retake_of from assessment where token = ?", Long.class, token))
                .isEqualTo(lab.getId());
        assertThat(jdbc.queryForObject("select answers from assessment where token = ?", String.class, token))
                .isEqualTo(jdbc.queryForObject("select answers from assessment where token = ?", String.class,
                        lab.getToken()));
        assertThat(jdbc.queryForObject("select status from assessment where token = ?", String.class, token))
                .isEqualTo("IN_PROGRESS");
        // The founder can go on answering it.
        mvc.perform(get(location).with(ada.signedIn())).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ASSESSMENT_RETAKEN'"
                + " and actor = ? and target = 'Deep Lab'", Integer.class, ada.account().getEmail())).isEqualTo(1);
    }

    @Test
    void retakingNeedsTheCsrfToken() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.researchLab(ada, "Deep Lab");
        Integer before = jdbc.queryForObject("select count(*) from assessment where owner_id = ?", Integer.class,
                ada.account().getId());

        mvc.perform(post(path(lab, "retake")).with(ada.signedIn())).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from assessment where owner_id = ?", Integer.class,
                ada.account().getId())).isEqualTo(before);
    }

    static String path(Assessment assessment, String action) {
        return "/me/assessments/" + assessment.getToken() + "/" + action;
    }
}
