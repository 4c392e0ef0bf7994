package app.runway.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.runway.assessment.Assessment;
import app.runway.questionnaire.Stage;
import app.runway.support.Answers;
import app.runway.support.Assessments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two mentors on one review: the second to save is told, keeps what they typed, sees the other
 * version, and only replaces it by saving again on purpose.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:review;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(Assessments.class)
class ReviewConflictTest {

    static final String ADA = "ada-mentor@example.com";
    static final String BOB = "bob-mentor@example.com";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments fixtures;

    @Autowired
    ReviewRepository reviews;

    @Test
    void secondMentorToSaveTheFirstDraftSeesTheConflictAndKeepsWhatTheyTyped() throws Exception {
        Assessment submitted = submitted("Two Mentors");
        String adaVersion = version(open(ADA, submitted));
        String bobVersion = version(open(BOB, submitted));
        assertThat(adaVersion).isEmpty();
        assertThat(bobVersion).isEmpty();

        save(ADA, submitted, adaVersion, "Ada says the market is large", "READY").andExpect(status().isFound());

        String conflict = save(BOB, submitted, bobVersion, "Bob says the market is tiny", "NOT_YET_READY")
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict)
                .contains("<title>Not saved: Review of Two Mentors")
                .contains("Another mentor saved this review while you were working on it")
                .contains("Mentor Ada saved it on")
                .contains("everything you typed is still in the form below")
                // Bob's text, score and verdict are still in his form...
                .contains(">Bob says the market is tiny</textarea>")
                .contains("value=\"15\"")
                .containsPattern("value=\"NOT_YET_READY\"[^>]*checked=\"checked\"")
                // ...and Ada's version is beside it.
                .contains("id=\"their-version\"")
                .contains("<p>Ada says the market is large</p>");
        // Nothing was overwritten.
        Review stored = reviews.findByAssessmentId(submitted.getId()).orElseThrow();
        assertThat(stored.dimension("market").orElseThrow().commentMarkdown()).isEqualTo("Ada says the market is large");
        assertThat(stored.getVerdict()).isEqualTo(Verdict.READY);

        // The form now carries Ada's version: saving again replaces it, knowingly.
        assertThat(version(conflict)).isEqualTo(String.valueOf(stored.getVersion()));
        save(BOB, submitted, version(conflict), "Bob says the market is tiny", "NOT_YET_READY")
                .andExpect(redirectedUrl("/mentor/reviews/" + submitted.getToken()));
        Review replaced = reviews.findByAssessmentId(submitted.getId()).orElseThrow();
        assertThat(replaced.dimension("market").orElseThrow().commentMarkdown()).isEqualTo("Bob says the market is tiny");
        assertThat(replaced.getUpdatedBy()).isNotEqualTo(stored.getUpdatedBy());
    }

    @Test
    void aSaveFromAnOlderVersionIsRefused() throws Exception {
        Assessment submitted = submitted("Stale Form");
        save(ADA, submitted, "", "First words", null).andExpect(status().isFound());
        String version = version(open(ADA, submitted));
        String bobVersion = version(open(BOB, submitted));
        assertThat(bobVersion).isEqualTo(version);

        save(BOB, submitted, bobVersion, "Bob was quicker", null).andExpect(status().isFound());
        save(ADA, submitted, version, "Ada was slower", null).andExpect(status().isConflict());

        assertThat(reviews.findByAssessmentId(submitted.getId()).orElseThrow().dimension("market").orElseThrow()
                .commentMarkdown()).isEqualTo("Bob was quicker");
    }

    @Test
    void theConflictIsToldBeforeAnyMistakeInTheForm() throws Exception {
        Assessment submitted = submitted("Conflict First");
        String bobVersion = version(open(BOB, submitted));
        save(ADA, submitted, "", "Ada publishes", "READY").andExpect(status().isFound());

        String conflict = mvc.perform(post("/mentor/reviews/" + submitted.getToken()).with(user(BOB).roles("MENTOR"))
                        .with(csrf()).param("action", "publish").param("version", bobVersion)
                        .param("scores[market]", "lots").param("comments[market]", "Bob typed this"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("Another mentor saved this review").contains("value=\"lots\"")
                .contains(">Bob typed this</textarea>").doesNotContain("The review was not saved");
    }

    @Test
    void theSameMentorInTwoWindowsIsToldSoToo() throws Exception {
        Assessment submitted = submitted("Two Windows");
        String first = version(open(ADA, submitted));
        String second = version(open(ADA, submitted));
        save(ADA, submitted, first, "Typed in the first window", null).andExpect(status().isFound());

        String conflict = save(ADA, submitted, second, "Typed in the second window", null)
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("You saved this review in another tab or window")
                .contains(">Typed in the second window</textarea>").contains("<p>Typed in the first window</p>");
    }

    @Test
    void conflictPageSpeaksChinese() throws Exception {
        Assessment submitted = submitted("Chinese Conflict");
        save(ADA, submitted, "", "Ada", null).andExpect(status().isFound());
        String page = mvc.perform(request(BOB, submitted, "", "Bob", null).sessionAttr(
                        org.springframework.web.servlet.i18n.SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
                        java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("你编辑期间，另一位导师保存了这份评审").contains(">Bob</textarea>");
    }

    private Assessment submitted(String name) {
        fixtures.mentor(ADA, "Mentor Ada");
        fixtures.mentor(BOB, "Mentor Bob");
        return fixtures.submitted("conflict-founder@example.com",
                Assessments.profile(name, "finance", Stage.PRE_SEED), Answers.MIDDLE, null);
    }

    private String open(String mentor, Assessment assessment) throws Exception {
        return mvc.perform(get("/mentor/reviews/" + assessment.getToken()).with(user(mentor).roles("MENTOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions save(String mentor, Assessment assessment,
            String version, String comment, String verdict) throws Exception {
        return mvc.perform(request(mentor, assessment, version, comment, verdict));
    }

    private static MockHttpServletRequestBuilder request(String mentor, Assessment assessment, String version,
            String comment, String verdict) {
        MockHttpServletRequestBuilder request = post("/mentor/reviews/" + assessment.getToken())
                .with(user(mentor).roles("MENTOR")).with(csrf()).param("action", "save").param("version", version)
                .param("scores[market]", "15").param("comments[market]", comment);
        return verdict == null ? request : request.param("verdict", verdict);
    }

    private static String version(String html) {
        Matcher matcher = VERSION.matcher(html);
        assertThat(matcher.find()).as("hidden version field").isTrue();
        return matcher.group(1);
    }
}
