package app.runway.team;

import static app.runway.support.Answers.BEST;
import static app.runway.support.Answers.WORST;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.runway.account.AccountService;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.scoring.Profile;
import app.runway.guide.model.EntryKind;
import app.runway.protection.LinkTokens;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Stage;
import app.runway.support.Answers;
import app.runway.support.Mailbox;
import app.runway.support.SignedIn;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Co-founders answering together, over HTTP with a real SMTP server (GreenMail): the owner invites by mail,
 * the co-founder accepts with the link once, answers on their own without seeing anyone's answers, submits,
 * and the team page shows where the two disagree; the assessment is scored again from the team's answers.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:team-pages;DB_CLOSE_DELAY=-1",
        "runway.public-url=http://localhost"})
@AutoConfigureMockMvc
class TeamPagesTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final Pattern LINK = Pattern.compile("http://localhost/team/invitation\\?token=([A-Za-z0-9_-]+)");
    private static final Profile PROFILE = new Profile("Pair Labs", "healthcare", Stage.SEED, 2);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        Mailbox.register(SMTP, registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    @Autowired
    QuestionnaireCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    private UserAccount ada;
    private UserAccount bo;
    private Assessment assessment;

    @BeforeEach
    void anOwnerWithACompletedAssessmentAndACoFounderWithAnAccount() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        ada = accounts.signUp(unique("ada"), "Ada", "Founder-pass-1");
        bo = accounts.signUp(unique("bo"), "Bo", "Founder-pass-1");
        // The owner's best answer everywhere: index 100 alone.
        assessment = SignedIn.as(ada.getEmail(), Role.FOUNDER, () -> assessments.submit(PROFILE, answers(BEST)));
        assertThat(assessment.result().index()).isEqualTo(100);
    }

    @Test
    void aCoFounderInvitedByMailAnswersOnTheirOwnAndTheTeamSeesWhereTheyDisagree() throws Exception {
        // Bo last chose Chinese on a page; Ada invites from English pages.
        jdbc.update("update app_user set language = 'zh' where id = ?", bo.getId());
        String token = invite(bo.getEmail(), "en");

        // The mail: in the language the invitee chose (an address without an account: the inviter's), plain
        // text and HTML, the link single-use.
        MimeMessage mail = onlyMail();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(bo.getEmail());
        assertThat(mail.getSubject()).isEqualTo("与您的联合创始人一起回答 Runway 评估");
        assertThat(GreenMailUtil.getBody(mail)).contains("text/plain", "text/html");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'TEAM_INVITED' and target = ?",
                Integer.class, bo.getEmail())).isEqualTo(1);
        assertThat(Mailbox.text(mail)).contains("Ada 邀请您作为联合创始人", "Pair Labs", "7 天内有效");
        assertThat(jdbc.queryForList("select token_hash from team_invitation", String.class))
                .contains(LinkTokens.hash(token)).doesNotContain(token);

        // A visitor reads the invitation and is sent to sign in before accepting; after signing in (or up) the
        // founder's start page leads back to the invitation.
        MockHttpSession visit = new MockHttpSession();
        mvc.perform(get("/team/invitation").param("token", token).param("lang", "en").session(visit))
                .andExpect(view().name("team/invitation"))
                .andExpect(content().string(allOf(containsString("Pair Labs"), containsString("Sign in to accept"))));
        mvc.perform(get("/team/invitation/accept").param("token", token))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/me").session(visit).with(signedIn(bo)))
                .andExpect(redirectedUrl("/team/invitation?token=" + token));

        Long memberId = accept(token, bo);

        // Before submitting: nothing of the team, not even the owner's answers.
        mvc.perform(get("/team/" + memberId).with(signedIn(bo)))
                .andExpect(redirectedUrl("/team/" + memberId + "/answers"));
        mvc.perform(get("/team/" + memberId + "/answers").with(signedIn(bo)).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("team/answers"))
                .andExpect(content().string(not(containsString("checked=\"checked\""))));
        mvc.perform(get("/assessments/" + assessment.getToken() + "/team").with(signedIn(bo)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/" + assessment.getToken() + "/report").with(signedIn(bo)))
                .andExpect(status().isNotFound());

        // Bo sees the market as weak as it gets, agrees everywhere else.
        Map<String, String> boAnswers = answers(q -> q.dimension().equals("market") ? WORST.apply(q) : BEST.apply(q));
        MockHttpServletRequestBuilder submit = post("/team/" + memberId + "/answers").with(signedIn(bo))
                .with(csrf()).param("action", "submit");
        boAnswers.forEach((question, option) -> submit.param("answers[" + question + "]", option));
        mvc.perform(submit).andExpect(redirectedUrl("/team/" + memberId))
                .andExpect(flash().attribute("flash", "team.flash.submitted"));

        // The assessment is scored from the team's answers: the lower median takes Bo's market answers.
        Assessment rescored = assessments.byId(assessment.getId()).orElseThrow();
        assertThat(rescored.result().scoreOf("market")).isZero();
        assertThat(rescored.result().index()).isLessThan(100);
        assertThat(rescored.getVersion()).isGreaterThan(assessment.getVersion());
        mvc.perform(get("/assessments/" + assessment.getToken() + "/report").with(signedIn(ada)))
                .andExpect(content().string(allOf(
                        containsString("index-number\">" + rescored.result().index() + "<"),
                        containsString("/assessments/" + assessment.getToken() + "/team"))));

        String misalignment = EntryKind.RISK.url(TeamPages.MISALIGNMENT);
        mvc.perform(get("/team/" + memberId).with(signedIn(bo)).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("team/team"))
                .andExpect(content().string(allOf(containsString("To talk about"), containsString(misalignment),
                        containsString("Bo (you)"), not(containsString("Invite a co-founder")))));
        mvc.perform(get("/assessments/" + assessment.getToken() + "/team").with(signedIn(ada)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("To talk about"), containsString(misalignment),
                        containsString("Invite a co-founder"), not(containsString("Not everyone has answered")))));
    }

    @Test
    void theToTalkAboutListNamesOnlyMarketQuestionsMostImportantFirstWithoutSayingWho() throws Exception {
        Long memberId = accept(invite(bo.getEmail(), "en"), bo);
        submitAll(memberId, bo, q -> q.dimension().equals("market") ? WORST.apply(q) : BEST.apply(q));

        TeamView view = (TeamView) mvc.perform(get("/team/" + memberId).with(signedIn(bo)).param("lang", "en"))
                .andReturn().getModelAndView().getModel().get("team");
        assertThat(view.comparison().counted()).isEqualTo(2);
        assertThat(view.comparison().toTalkAbout()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.dimension()).startsWith("Market"));
        assertThat(view.comparison().dimensions()).filteredOn(d -> d.title().startsWith("Market")).singleElement()
                .satisfies(d -> {
                    assertThat(d.teamScore()).isZero();
                    assertThat(d.lowest()).isZero();
                    assertThat(d.highest()).isEqualTo(100);
                    assertThat(d.disagreed()).isPositive();
                });
        // The second dimension, technology: the same answers, no spread.
        assertThat(view.comparison().dimensions().get(1).spread()).isZero();
        assertThat(view.comparison().dimensions().get(1).disagreed()).isZero();
    }

    @Test
    void anExpiredLinkAndAUsedLinkGetAClearPage() throws Exception {
        String expired = invite(bo.getEmail(), "en");
        jdbc.update("update team_invitation set expires_at = dateadd('DAY', -8, expires_at) where token_hash = ?",
                LinkTokens.hash(expired));
        mvc.perform(get("/team/invitation").param("token", expired).param("lang", "en"))
                .andExpect(view().name(InvitationController.INVALID))
                .andExpect(content().string(containsString("This invitation no longer works")));
        mvc.perform(post("/team/invitation/accept").with(signedIn(bo)).with(csrf()).param("token", expired))
                .andExpect(view().name(InvitationController.INVALID));

        SMTP.purgeEmailFromAllMailboxes();
        String used = invite(bo.getEmail(), "en");
        accept(used, bo);
        mvc.perform(get("/team/invitation").param("token", used)).andExpect(view().name(InvitationController.INVALID));
        mvc.perform(post("/team/invitation/accept").with(signedIn(bo)).with(csrf()).param("token", used))
                .andExpect(view().name(InvitationController.INVALID));
        mvc.perform(get("/team/invitation").param("token", "made-up"))
                .andExpect(view().name(InvitationController.INVALID));
    }

    @Test
    void theOwnerCannotInviteThemselvesAMemberOrTwiceAndAMentorIsNeitherMailedNorNamed() throws Exception {
        UserAccount mentor = accounts.createByAdmin("admin@runway.local", unique("mentor"), "Mentor",
                "Mentor-pass-1", Role.MENTOR);
        refused(ada.getEmail(), Team.SELF);
        refused("not an address", "Email");
        String token = invite(bo.getEmail(), "en");
        refused(bo.getEmail(), Team.ALREADY_INVITED);
        accept(token, bo);
        refused(bo.getEmail().toUpperCase(), Team.ALREADY_MEMBER);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);

        // The same answer as for anyone, so that the form tells no founder who is staff; no mail goes out.
        mvc.perform(post("/assessments/" + assessment.getToken() + "/team/invitations").with(signedIn(ada))
                        .with(csrf()).param("email", mentor.getEmail()))
                .andExpect(flash().attribute("flash", "team.flash.invited"));
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anAssessmentHasAtMostTenOpenInvitations() throws Exception {
        for (int i = 0; i < Team.MAX_OPEN; i++) {
            invite(unique("co" + i), "en");
        }
        refused(unique("one-more"), Team.TOO_MANY);
    }

    @Test
    void aSignedInFounderOfAnotherAddressCannotUseTheLink() throws Exception {
        UserAccount eve = accounts.signUp(unique("eve"), "Eve", "Founder-pass-1");
        String token = invite(bo.getEmail(), "en");
        mvc.perform(get("/team/invitation").param("token", token).with(signedIn(eve)).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("but you are signed in as"),
                        not(containsString("Accept and start answering")))));
        mvc.perform(post("/team/invitation/accept").with(signedIn(eve)).with(csrf()).param("token", token))
                .andExpect(redirectedUrl("/team"));
        // Still usable by the one it was sent to.
        accept(token, bo);
    }

    @Test
    void nobodyOutsideTheTeamSeesItsPages() throws Exception {
        Long memberId = accept(invite(bo.getEmail(), "en"), bo);
        submitAll(memberId, bo, BEST);
        UserAccount eve = accounts.signUp(unique("eve"), "Eve", "Founder-pass-1");

        mvc.perform(get("/team/" + memberId).with(signedIn(eve))).andExpect(status().isNotFound());
        mvc.perform(get("/team/" + memberId + "/answers").with(signedIn(eve))).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/" + assessment.getToken() + "/team").with(signedIn(eve)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/team/" + memberId)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aCoFounderWhoNeverAnswersIsSaidSoAndTheScoresUseTheAnswersThatExist() throws Exception {
        UserAccount cy = accounts.signUp(unique("cy"), "Cy", "Founder-pass-1");
        Long boId = accept(invite(bo.getEmail(), "en"), bo);
        accept(invite(cy.getEmail(), "en"), cy);
        submitAll(boId, bo, q -> q.dimension().equals("market") ? WORST.apply(q) : BEST.apply(q));

        mvc.perform(get("/assessments/" + assessment.getToken() + "/team").with(signedIn(ada)).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Cy"), containsString("not answered yet"),
                        containsString("The scores use the answers that exist"), containsString("To talk about"))));
        assertThat(assessments.byId(assessment.getId()).orElseThrow().result().scoreOf("market")).isZero();
    }

    @Test
    void submittingNeedsEveryQuestionAnsweredAndKeepsWhatWasGiven() throws Exception {
        Long memberId = accept(invite(bo.getEmail(), "en"), bo);
        mvc.perform(post("/team/" + memberId + "/answers").with(signedIn(bo)).with(csrf())
                        .param("answers[target-segment]", "unknown").param("action", "submit").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("team/answers"))
                .andExpect(content().string(containsString("Choose an answer to submit")));
        mvc.perform(get("/team/" + memberId + "/answers").with(signedIn(bo)))
                .andExpect(content().string(containsString("checked=\"checked\"")));
        assertThat(jdbc.queryForObject("select submitted_at from assessment_member where id = ?", Object.class,
                memberId)).isNull();
    }

    private void refused(String email, String code) throws Exception {
        mvc.perform(post("/assessments/" + assessment.getToken() + "/team/invitations").with(signedIn(ada))
                        .with(csrf()).param("email", email))
                .andExpect(status().isOk()).andExpect(view().name("team/team"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", code));
    }

    /** The owner invites; the token from the mail received. */
    private String invite(String email, String lang) throws Exception {
        int before = SMTP.getReceivedMessages().length;
        mvc.perform(post("/assessments/" + assessment.getToken() + "/team/invitations").with(signedIn(ada))
                        .with(csrf()).param("email", email).param("lang", lang))
                .andExpect(redirectedUrl("/assessments/" + assessment.getToken() + "/team"))
                .andExpect(flash().attribute("flash", "team.flash.invited"));
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(before + 1);
        Matcher link = LINK.matcher(Mailbox.text(received[before]));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** Accepts as this founder; the new membership's id. */
    private Long accept(String token, UserAccount founder) throws Exception {
        String location = mvc.perform(post("/team/invitation/accept").with(signedIn(founder)).with(csrf())
                        .param("token", token))
                .andExpect(redirectedUrlPattern("/team/*/answers"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.valueOf(location.split("/")[2]);
    }

    private void submitAll(Long memberId, UserAccount founder, Function<Question, String> pick) throws Exception {
        MockHttpServletRequestBuilder submit = post("/team/" + memberId + "/answers").with(signedIn(founder))
                .with(csrf()).param("action", "submit");
        answers(pick).forEach((question, option) -> submit.param("answers[" + question + "]", option));
        mvc.perform(submit).andExpect(redirectedUrl("/team/" + memberId));
    }

    private static MimeMessage onlyMail() {
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        return SMTP.getReceivedMessages()[0];
    }

    private static RequestPostProcessor signedIn(UserAccount account) {
        return user(account.getEmail()).roles(account.getRole().name());
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    /** An answer to every question asked, follow-ups included. */
    private Map<String, String> answers(Function<Question, String> pick) {
        return Answers.answers(catalog.current().questionnaire(), PROFILE, pick);
    }
}
