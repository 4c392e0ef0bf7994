package app.runway.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.runway.account.AccountService;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.assessment.benchmark.Quartiles;
import app.runway.assessment.scoring.Profile;
import app.runway.questionnaire.Stage;
import app.runway.support.Answers;
import app.runway.support.Assessments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The report's "How you compare" section through the whole application: who counts as a peer (founders who
 * share, at the same stage, once each with their latest shared assessment, never the reader's own), the
 * explanation below five peers, a kept report taking a new peer, and sharing decided by the owner alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(Assessments.class)
class PeerComparisonPagesTest {
    /** No other test shares scores; this stage keeps these founders apart from the other tests' seed ones. */
    private static final Stage STAGE = Stage.PROTOTYPE;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    Assessments fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void nobodyShares() {
        fixtures.nobodyShares();
    }

    @Test
    void showsTheQuartilesOfTheLatestSharedAssessmentOfEachFounderAtTheSameStage() throws Exception {
        UserAccount reader = founder();
        Assessment own = completed(reader, STAGE, 1);
        share(reader, completed(reader, STAGE, 3));
        share(reader, own);
        List<Assessment> counted = new ArrayList<>();
        for (int level = 0; level < 4; level++) {
            UserAccount peer = founder();
            counted.add(share(peer, completed(peer, STAGE, level % 3)));
        }
        // Re-takes count once: only this founder's latest shared assessment.
        UserAccount retaker = founder();
        share(retaker, completed(retaker, STAGE, 0));
        counted.add(share(retaker, completed(retaker, STAGE, 2)));
        // Not counted: a founder who does not share, and one who shares at another stage.
        UserAccount silent = founder();
        completed(silent, STAGE, 3);
        UserAccount elsewhere = founder();
        share(elsewhere, completed(elsewhere, Stage.SEED, 3));

        String page = normalised(mvc.perform(get(report(own)).param("lang", "en").with(signedIn(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        Quartiles index = Quartiles.of(counted.stream().map(a -> a.result().index()).toList());
        Quartiles market = Quartiles.of(counted.stream().map(a -> a.result().scoreOf("market")).toList());
        assertThat(page).contains("How you compare", "Your scores beside those of 5 peers at your stage")
                .contains(row("Readiness index", own.result().index(), index))
                .contains(row("Market insight and positioning", own.result().scoreOf("market"), market))
                .contains("class=\"peer-bar\"")
                .contains("You share the scores of this assessment with your peers.", "Stop sharing my scores");

        // The PDF carries the same comparison, as text a mentor can print.
        assertThat(pdfText(own, reader)).contains("How you compare", "Your scores beside those of 5 peers at your stage")
                .contains(pdfRow("Readiness index", own.result().index(), index))
                .contains(pdfRow("Market insight and positioning", own.result().scoreOf("market"), market));
    }

    @Test
    void fourPeersShowWhyNothingIsShownUntilAFifthShares() throws Exception {
        UserAccount reader = founder();
        Assessment own = share(reader, completed(reader, STAGE, 2));
        for (int level = 0; level < 4; level++) {
            UserAccount peer = founder();
            share(peer, completed(peer, STAGE, level % 3));
        }

        mvc.perform(get(report(own)).param("lang", "en").with(signedIn(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing is shown yet: a comparison needs the shared "
                        + "scores of at least 5 other startups at this stage, so that nobody can be recognised, and 4 "
                        + "have shared so far.")))
                .andExpect(content().string(not(containsString("class=\"peer-bar\""))));
        assertThat(pdfText(own, reader)).contains("Nothing is shown yet: a comparison needs the shared scores of at "
                + "least 5 other startups at this stage");
        mvc.perform(get(report(own)).param("lang", "zh").with(signedIn(reader)))
                .andExpect(content().string(containsString("对比至少需要本阶段 5 家其他初创企业共享得分，目前已有 4 家共享")));

        // The kept report is not frozen: a fifth peer sharing changes it.
        UserAccount fifth = founder();
        share(fifth, completed(fifth, STAGE, 1));
        mvc.perform(get(report(own)).param("lang", "en").with(signedIn(reader)))
                .andExpect(content().string(containsString("Your scores beside those of 5 peers at your stage")))
                .andExpect(content().string(not(containsString("Nothing is shown yet"))));
        assertThat(pdfText(own, reader)).contains("Your scores beside those of 5 peers at your stage")
                .doesNotContain("Nothing is shown yet");
    }

    @Test
    void theOwnerSharesFromTheReportAndIsAudited() throws Exception {
        UserAccount owner = founder();
        Assessment assessment = completed(owner, STAGE, 1);
        mvc.perform(get(report(assessment)).param("lang", "en").with(signedIn(owner)))
                .andExpect(content().string(containsString("You do not share the scores of this assessment.")))
                .andExpect(content().string(containsString("Share my scores anonymously")))
                .andExpect(content().string(containsString("never your startup&#39;s name, your answers or your account")));

        mvc.perform(post(sharing(assessment)).param("share", "true").with(signedIn(owner)).with(csrf()))
                .andExpect(redirectedUrl(report(assessment) + "#compare"))
                .andExpect(flash().attribute("flash", "report.compare.flash.shared"));
        assertThat(consent(assessment)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SCORES_SHARED' and actor = ?",
                Integer.class, owner.getEmail())).isEqualTo(1);

        mvc.perform(post(sharing(assessment)).param("share", "false").with(signedIn(owner)).with(csrf()))
                .andExpect(flash().attribute("flash", "report.compare.flash.unshared"));
        assertThat(consent(assessment)).isFalse();
    }

    @Test
    void nobodyButTheOwnerCanShare() throws Exception {
        UserAccount owner = founder();
        Assessment assessment = completed(owner, STAGE, 1);
        UserAccount other = founder();
        UserAccount mentor = accounts.createByAdmin("admin@runway.local", "mentor-" + UUID.randomUUID()
                + "@example.com", "Mentor", Assessments.PASSWORD, Role.MENTOR);

        mvc.perform(post(sharing(assessment)).param("share", "true").with(signedIn(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(sharing(assessment)).param("share", "true").with(user(mentor.getEmail()).roles("MENTOR"))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(sharing(assessment)).param("share", "true").with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(sharing(assessment)).param("share", "true").with(signedIn(owner)))
                .andExpect(status().isForbidden());
        assertThat(consent(assessment)).isFalse();
    }

    @Test
    void anAssessmentBehindItsLinkCannotBeShared() throws Exception {
        Assessment unclaimed = fixtures.completed(new Profile("Link Only", "healthcare", STAGE, 3), Answers.level(1));

        mvc.perform(get(report(unclaimed)).param("lang", "en"))
                .andExpect(content().string(containsString("Only an assessment kept in an account can share its scores")))
                .andExpect(content().string(not(containsString("Share my scores anonymously"))));
        mvc.perform(post(sharing(unclaimed)).param("share", "true").with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(consent(unclaimed)).isFalse();
    }

    private UserAccount founder() {
        return fixtures.founder().account();
    }

    private Assessment completed(UserAccount founder, Stage stage, int level) {
        return fixtures.completed(founder.getEmail(), new Profile("Peer " + level, "healthcare", stage, 4),
                Answers.level(level));
    }

    private Assessment share(UserAccount founder, Assessment assessment) {
        return fixtures.shared(founder, assessment);
    }

    private boolean consent(Assessment assessment) {
        return fixtures.consent(assessment);
    }

    private static RequestPostProcessor signedIn(UserAccount founder) {
        return user(founder.getEmail()).roles("FOUNDER");
    }

    private static String report(Assessment assessment) {
        return "/assessments/" + assessment.getToken() + "/report";
    }

    private static String sharing(Assessment assessment) {
        return report(assessment) + "/sharing";
    }

    private static String normalised(String html) {
        return html.replaceAll(">\\s+<", "><");
    }

    private String pdfText(Assessment assessment, UserAccount reader) throws Exception {
        byte[] pdf = mvc.perform(get(report(assessment) + ".pdf").param("lang", "en").with(signedIn(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** A line of the PDF's comparison table, as its text reads. */
    private static String pdfRow(String title, Integer score, Quartiles peers) {
        return title + " " + score + " " + PeerComparison.number(peers.q1()) + " "
                + PeerComparison.number(peers.median()) + " " + PeerComparison.number(peers.q3()) + " " + peers.count();
    }

    /** A line of the comparison table as rendered, with whitespace between tags removed. */
    private static String row(String title, Integer score, Quartiles peers) {
        return "<th scope=\"row\">" + title + "</th><td class=\"num\"><span class=\"score\">" + score + "</span></td>"
                + "<td class=\"num\">" + PeerComparison.number(peers.q1()) + "</td>"
                + "<td class=\"num\">" + PeerComparison.number(peers.median()) + "</td>"
                + "<td class=\"num\">" + PeerComparison.number(peers.q3()) + "</td>"
                + "<td class=\"num\">" + peers.count() + "</td>";
    }
}
