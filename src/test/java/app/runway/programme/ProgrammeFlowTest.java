package app.runway.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.runway.assessment.Assessment;
import app.runway.questionnaire.Stage;
import app.runway.support.Answers;
import app.runway.support.Assessments;
import app.runway.support.Mailbox;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Programmes end to end through the web layer, with a real SMTP server (GreenMail) receiving the mail:
 * an admin creates one and adds a mentor, the mentor invites founders, founders join and submit, and
 * only the programme's own mentors see what was submitted to it.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:programmes;DB_CLOSE_DELAY=-1",
        "runway.public-url=http://localhost"})
@AutoConfigureMockMvc
@Import(Assessments.class)
class ProgrammeFlowTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final Pattern LINK = Pattern.compile("http://localhost/programmes/join\\?token=([A-Za-z0-9_-]+)");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        Mailbox.register(SMTP, registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private String run;
    private String mentor;
    private String outsider;

    @BeforeEach
    void people() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        run = String.valueOf(System.nanoTime());
        mentor = "mentor-" + run + "@example.com";
        outsider = "outsider-" + run + "@example.com";
        fixtures.admin("admin@example.com");
        fixtures.mentor(mentor, "Programme Mentor");
        fixtures.mentor(outsider, "Other Mentor");
    }

    // --- admins ---

    @Test
    void anAdminCreatesAProgrammeAndAddsAMentor() throws Exception {
        // The form's checks are in ProgrammeAdminControllerTest (a web slice).
        long id = programme("Batch " + run, "en");

        mvc.perform(get("/mentor/programmes/" + id).with(admin())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Batch " + run)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(mentor)));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PROGRAMME_MENTOR_ADDED'"
                + " and target = ?", Integer.class, mentor)).isEqualTo(1);
    }

    @Test
    void onlyAdminsManageProgrammesAndAMentorSeesOnlyTheirOwn() throws Exception {
        long id = programme("Closed " + run, "en");

        mvc.perform(post("/admin/programmes/new").with(as(mentor, "MENTOR")).with(csrf()).param("name", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mentor/programmes/" + id).with(as(outsider, "MENTOR"))).andExpect(status().isNotFound());
        mvc.perform(post("/mentor/programmes/" + id + "/join-links").with(as(outsider, "MENTOR")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mentor/programmes").with(as(outsider, "MENTOR"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Closed " + run))));
        mvc.perform(get("/mentor/programmes").with(as(mentor, "MENTOR")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Closed " + run)));
        mvc.perform(get("/mentor/programmes").with(as("founder-" + run + "@example.com", "FOUNDER")))
                .andExpect(status().isForbidden());
    }

    // --- invitations ---

    @Test
    void anInvitationMailedInTheProgrammesLanguageLetsTheFounderSignInAndJoinOnce() throws Exception {
        long id = programme("营 " + run, "zh");
        String founder = "new-founder-" + run + "@example.com";

        mvc.perform(post("/mentor/programmes/" + id + "/invitations").with(as(mentor, "MENTOR")).with(csrf())
                        .param("email", founder))
                .andExpect(redirectedUrl("/mentor/programmes/" + id))
                .andExpect(flash().attribute("flash", "programme.flash.invited"));
        MimeMessage mail = onlyMail();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(founder);
        assertThat(mail.getSubject()).isEqualTo("邀请你加入 Runway 上的项目");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("text/plain", "text/html");
        String token = token(body);

        // Not signed in yet: the page names the programme and keeps the link for after signing up.
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/programmes/join").param("token", token).session(session)).andExpect(status().isOk())
                .andExpect(view().name("programme/join"))
                .andExpect(request().sessionAttribute("runway.afterSignIn", "/programmes/join?token=" + token));
        fixtures.founder(founder);
        mvc.perform(get("/me").session(session).with(as(founder, "FOUNDER")))
                .andExpect(redirectedUrl("/programmes/join?token=" + token));

        mvc.perform(post("/programmes/join").with(as(founder, "FOUNDER")).with(csrf()).param("token", token))
                .andExpect(redirectedUrl("/me")).andExpect(flash().attribute("flash", "programme.flash.joined"));
        assertThat(memberRole(id, founder)).isEqualTo("FOUNDER");

        // Used: the same link works for no one else.
        String second = "second-" + run + "@example.com";
        fixtures.founder(second);
        mvc.perform(post("/programmes/join").with(as(second, "FOUNDER")).with(csrf()).param("token", token))
                .andExpect(status().isGone()).andExpect(model().attribute("reason", "USED"));
        mvc.perform(get("/programmes/join").param("token", token)).andExpect(status().isGone());
        assertThat(memberRole(id, second)).isNull();
    }

    @Test
    void invitingAMentorOrAMemberIsRefusedBesideTheField() throws Exception {
        long id = programme("Refusals " + run, "en");
        String founder = "member-" + run + "@example.com";
        join(id, founder);

        mvc.perform(post("/mentor/programmes/" + id + "/invitations").with(as(mentor, "MENTOR")).with(csrf())
                        .param("email", outsider.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("inviteForm", "email", "programme.invite.isMentor"));
        mvc.perform(post("/mentor/programmes/" + id + "/invitations").with(as(mentor, "MENTOR")).with(csrf())
                        .param("email", founder))
                .andExpect(model().attributeHasFieldErrorCode("inviteForm", "email", "programme.invite.alreadyMember"));
        mvc.perform(post("/mentor/programmes/" + id + "/invitations").with(as(mentor, "MENTOR")).with(csrf())
                        .param("email", "not an address"))
                .andExpect(model().attributeHasFieldErrorCode("inviteForm", "email", "Email"));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anExpiredInvitationIsRefusedWithItsReason() throws Exception {
        long id = programme("Expiry " + run, "en");
        mvc.perform(post("/mentor/programmes/" + id + "/invitations").with(as(mentor, "MENTOR")).with(csrf())
                .param("email", "late-" + run + "@example.com"));
        String token = token(GreenMailUtil.getBody(onlyMail()));
        jdbc.update("update programme_invitation set expires_at = created_at where programme_id = ?", id);

        mvc.perform(get("/programmes/join").param("token", token)).andExpect(status().isGone())
                .andExpect(model().attribute("reason", "EXPIRED"));
        mvc.perform(get("/programmes/join").param("token", "no-such-token")).andExpect(status().isNotFound())
                .andExpect(model().attribute("reason", "UNKNOWN"));
    }

    @Test
    void aJoinLinkLetsManyJoinUntilWithdrawnAndNoneOnceTheProgrammeIsArchived() throws Exception {
        long id = programme("Links " + run, "en");
        String link = joinLink(id);
        String token = link.substring(link.indexOf("token=") + 6);
        for (String founder : List.of("a-" + run + "@example.com", "b-" + run + "@example.com")) {
            fixtures.founder(founder);
            mvc.perform(post("/programmes/join").with(as(founder, "FOUNDER")).with(csrf()).param("token", token))
                    .andExpect(redirectedUrl("/me"));
            assertThat(memberRole(id, founder)).isEqualTo("FOUNDER");
        }
        // A mentor cannot join as a founder.
        mvc.perform(get("/programmes/join").param("token", token).with(as(outsider, "MENTOR")))
                .andExpect(model().attribute("founder", false));

        long invitation = jdbc.queryForObject("select id from programme_invitation where programme_id = ?", Long.class,
                id);
        mvc.perform(post("/mentor/programmes/" + id + "/invitations/" + invitation + "/withdraw")
                .with(as(mentor, "MENTOR")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/programmes/join").param("token", token)).andExpect(model().attribute("reason", "WITHDRAWN"));

        String fresh = joinLink(id);
        mvc.perform(post("/admin/programmes/" + id + "/archive").with(admin()).with(csrf()));
        mvc.perform(get("/programmes/join").param("token", fresh.substring(fresh.indexOf("token=") + 6)))
                .andExpect(status().isGone()).andExpect(model().attribute("reason", "ARCHIVED"));
        mvc.perform(post("/mentor/programmes/" + id + "/join-links").with(as(mentor, "MENTOR")).with(csrf()))
                .andExpect(flash().attribute(ProgrammeController.PROBLEM, "programme.invite.archived"));
    }

    // --- who sees what was submitted ---

    @Test
    void aSubmissionToAProgrammeIsSeenByItsMentorsAndAdminsOnlyAndItsMentorsAreMailed() throws Exception {
        long id = programme("Private " + run, "en");
        String founder = "submitter-" + run + "@example.com";
        join(id, founder);
        SMTP.purgeEmailFromAllMailboxes();

        Assessment inProgramme = fixtures.submittedTo(founder, Assessments.profile("Programme Co " + run, "finance",
                Stage.IDEA), Answers.BEST, "Please look", id);
        Assessment openPool = fixtures.submitted(founder, Assessments.profile("Open Co " + run, "finance", Stage.IDEA),
                Answers.BEST, null);

        String report = "/assessments/" + inProgramme.getToken() + "/report";
        String review = "/mentor/reviews/" + inProgramme.getToken();
        mvc.perform(get(report).with(as(mentor, "MENTOR"))).andExpect(status().isOk());
        mvc.perform(get(report).with(as(outsider, "MENTOR"))).andExpect(status().isNotFound());
        mvc.perform(get(review).with(as(outsider, "MENTOR"))).andExpect(status().isNotFound());
        mvc.perform(get(report).with(admin())).andExpect(status().isOk());
        mvc.perform(get("/assessments/" + openPool.getToken() + "/report").with(as(outsider, "MENTOR")))
                .andExpect(status().isOk());

        String queue = "/mentor?state=all";
        assertThat(page(queue, mentor)).contains("Programme Co " + run, "Open Co " + run);
        assertThat(page(queue, outsider)).contains("Open Co " + run).doesNotContain("Programme Co " + run);
        assertThat(page("/mentor?state=all&programme=" + id, mentor)).contains("Programme Co " + run)
                .doesNotContain("Open Co " + run);
        // A programme the mentor is not in, typed into the address, shows what the mentor may see anyway.
        assertThat(page("/mentor?state=all&programme=" + id, outsider)).doesNotContain("Programme Co " + run);
        assertThat(page("/mentor/cohort?programme=" + id, outsider)).doesNotContain("Programme Co " + run);
        // The programme's own quartiles wait for 5 startups at a stage.
        assertThat(page("/mentor/cohort?programme=" + id, mentor)).contains("Quartiles by stage",
                "Idea: one startup so far; quartiles are shown from 5.");
        assertThat(page("/mentor/cohort.csv?programme=open", mentor)).contains("Open Co " + run)
                .doesNotContain("Programme Co " + run);

        MimeMessage mail = onlyMail();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(mentor);
        assertThat(Mailbox.decoded(mail)).contains("Programme Co " + run,
                "http://localhost/mentor/reviews/" + inProgramme.getToken());
    }

    @Test
    void publishedFeedbackIsMailedToTheFounderInTheLanguageTheyLastChose() throws Exception {
        long id = programme("Feedback " + run, "en");
        String founder = "reader-" + run + "@example.com";
        join(id, founder);
        Assessment submitted = fixtures.submittedTo(founder, Assessments.profile("Feedback Co " + run, "finance",
                Stage.IDEA), Answers.BEST, null, id);
        // The founder switches the pages to Chinese: mail follows.
        mvc.perform(get("/me").param("lang", "zh").with(as(founder, "FOUNDER"))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select language from app_user where email = ?", String.class, founder))
                .isEqualTo("zh");
        SMTP.purgeEmailFromAllMailboxes();

        String review = "/mentor/reviews/" + submitted.getToken();
        mvc.perform(get(review).with(as(mentor, "MENTOR"))).andExpect(status().isOk());
        mvc.perform(post(review).with(as(mentor, "MENTOR")).with(csrf()).param("action", "save").param("version", "")
                .param("overall", "Draft only.")).andExpect(status().is3xxRedirection());
        assertThat(SMTP.getReceivedMessages()).as("a saved draft tells no one").isEmpty();
        long version = jdbc.queryForObject("select r.version from review r join assessment a on a.id = r.assessment_id"
                + " where a.token = ?", Long.class, submitted.getToken());
        mvc.perform(post(review).with(as(mentor, "MENTOR")).with(csrf()).param("action", "publish")
                .param("version", String.valueOf(version)).param("overall", "Go.").param("verdict", "READY"))
                .andExpect(status().is3xxRedirection());

        MimeMessage mail = onlyMail();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(founder);
        assertThat(mail.getSubject()).isEqualTo("导师的反馈已发布");
        assertThat(Mailbox.decoded(mail)).contains("text/plain", "text/html",
                "http://localhost/me/assessments/" + submitted.getToken() + "/feedback");
    }

    @Test
    void aFounderSubmitsOnlyToTheirOwnProgrammesAndMayStillSubmitToEveryMentor() throws Exception {
        long mine = programme("Mine " + run, "en");
        long other = programme("Other " + run, "en");
        String founder = "chooser-" + run + "@example.com";
        join(mine, founder);
        Assessment completed = fixtures.completed(founder, Assessments.profile("Chooser " + run, "finance", Stage.IDEA),
                Answers.BEST);
        String submit = "/me/assessments/" + completed.getToken() + "/submit";

        // The founder's programme is chosen at first; the open pool is the other choice.
        String form = mvc.perform(get(submit).with(as(founder, "FOUNDER"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).containsPattern("id=\"programme-" + mine + "\"\\s+value=\"" + mine + "\" checked")
                .contains("id=\"programme-open\"").doesNotContain("programme-" + other);
        mvc.perform(post(submit).with(as(founder, "FOUNDER")).with(csrf()).param("programme", String.valueOf(other)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "programme", "founder.submit.programme.invalid"));
        assertThat(programmeOf(completed)).isNull();

        mvc.perform(post(submit).with(as(founder, "FOUNDER")).with(csrf()).param("programme", ""))
                .andExpect(redirectedUrl("/me"));
        assertThat(programmeOf(completed)).isNull();
        assertThat(jdbc.queryForObject("select review_state from assessment where id = ?", String.class,
                completed.getId())).isEqualTo("SUBMITTED");
    }

    @Test
    void aProgrammeWithAssessmentsIsArchivedNotDeletedAndAnEmptyOneIsDeletedOnlyWhenConfirmed() throws Exception {
        long used = programme("Used " + run, "en");
        String founder = "keeper-" + run + "@example.com";
        join(used, founder);
        fixtures.submittedTo(founder, Assessments.profile("Keeper " + run, "finance", Stage.IDEA), Answers.BEST,
                null, used);
        mvc.perform(post("/admin/programmes/" + used + "/delete").with(admin()).with(csrf()).param("confirm", "yes"))
                .andExpect(flash().attribute(ProgrammeController.PROBLEM, "programme.problem.hasAssessments"));
        assertThat(jdbc.queryForObject("select count(*) from programme where id = ?", Integer.class, used)).isOne();

        long empty = programme("Empty " + run, "en");
        joinLink(empty);
        mvc.perform(post("/admin/programmes/" + empty + "/delete").with(admin()).with(csrf()))
                .andExpect(flash().attribute(ProgrammeController.PROBLEM, "programme.problem.confirmDelete"));
        mvc.perform(post("/admin/programmes/" + empty + "/delete").with(admin()).with(csrf()).param("confirm", "yes"))
                .andExpect(redirectedUrl("/mentor/programmes"));
        assertThat(jdbc.queryForObject("select count(*) from programme where id = ?", Integer.class, empty)).isZero();
    }

    // --- helpers ---

    private long programme(String name, String language) throws Exception {
        String location = mvc.perform(post("/admin/programmes/new").with(admin()).with(csrf()).param("name", name)
                        .param("startsOn", "2027-01-10").param("endsOn", "2027-04-10").param("language", language))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long mentorId = jdbc.queryForObject("select id from app_user where email = ?", Long.class, mentor);
        mvc.perform(post("/admin/programmes/" + id + "/mentors").with(admin()).with(csrf())
                .param("mentor", String.valueOf(mentorId))).andExpect(flash().attribute("flash",
                "programme.flash.mentorAdded"));
        return id;
    }

    private String joinLink(long id) throws Exception {
        return (String) mvc.perform(post("/mentor/programmes/" + id + "/join-links").with(as(mentor, "MENTOR"))
                .with(csrf())).andReturn().getFlashMap().get("joinLink");
    }

    private void join(long id, String founder) throws Exception {
        String link = joinLink(id);
        fixtures.founder(founder);
        mvc.perform(post("/programmes/join").with(as(founder, "FOUNDER")).with(csrf())
                .param("token", link.substring(link.indexOf("token=") + 6))).andExpect(redirectedUrl("/me"));
    }

    private String page(String url, String mentorEmail) throws Exception {
        return mvc.perform(get(url).with(as(mentorEmail, "MENTOR"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private String memberRole(long programme, String email) {
        return jdbc.query("select m.role from programme_member m join app_user u on u.id = m.user_id"
                + " where m.programme_id = ? and u.email = ?", rs -> rs.next() ? rs.getString(1) : null, programme, email);
    }

    private Long programmeOf(Assessment assessment) {
        return jdbc.queryForObject("select programme_id from assessment where id = ?", Long.class, assessment.getId());
    }

    private static RequestPostProcessor admin() {
        return as("admin@example.com", "ADMIN");
    }

    private static RequestPostProcessor as(String email, String role) {
        return user(email).roles(role);
    }

    private static MimeMessage onlyMail() {
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).as(Arrays.toString(received)).hasSize(1);
        return received[0];
    }

    private static String token(String body) {
        Matcher matcher = LINK.matcher(Mailbox.decoded(body));
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }
}
