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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;

import app.runway.assessment.Assessment;
import app.runway.audit.AuditEventRepository;
import app.runway.support.Assessments;
import app.runway.support.Assessments.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Claiming an assessment started through its private link into a founder's account. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(Assessments.class)
class ClaimPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments fixtures;

    @Autowired
    AuditEventRepository audit;

    @Test
    void aSignedInFounderConfirmsAndTheAssessmentJoinsTheirHistory() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong("Anonymous Lab");

        mvc.perform(get(claim(lab)).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("founder/claim"))
                .andExpect(content().string(allOf(containsString("Assessment of \u201CAnonymous Lab\u201D"),
                        containsString("action=\"" + claim(lab) + "\""), containsString("name=\"_csrf\""),
                        containsString("Keep it in my account"))));
        assertThat(fixtures.ownerId(lab)).isNull();

        mvc.perform(post(claim(lab)).with(ada.signedIn()).with(csrf()))
                .andExpect(redirectedUrl("/me")).andExpect(flash().attribute("flash", "founder.flash.claimed"));
        assertThat(fixtures.ownerId(lab)).isEqualTo(ada.account().getId());
        assertThat(audit.search(ada.email(), "ASSESSMENT_CLAIMED", null, PageRequest.of(0, 5))).hasSize(1);

        mvc.perform(get("/me").with(ada.signedIn())).andExpect(content().string(containsString("Anonymous Lab")));
        // The private link alone no longer opens it.
        mvc.perform(get("/assessments/" + lab.getToken() + "/report")).andExpect(status().isNotFound());
    }

    @Test
    void aVisitorIsAskedToSignInOrSignUpAndComesBackAfterSigningUp() throws Exception {
        Assessment lab = fixtures.strong("Anonymous Lab");
        MockHttpSession session = new MockHttpSession();

        mvc.perform(get(claim(lab)).session(session).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/login\""), containsString("href=\"/signup\""),
                        containsString("Afterwards you come back here to confirm."), not(containsString("method=\"post\" action=\"" + claim(lab))))));

        String email = "new-" + UUID.randomUUID() + "@example.com";
        mvc.perform(post("/signup").session(session).with(csrf()).param("email", email).param("displayName", "New")
                .param("password", Assessments.PASSWORD)).andExpect(redirectedUrl("/me"));
        mvc.perform(get("/me").session(session).flashAttr("flash", "signup.welcome"))
                .andExpect(redirectedUrl(claim(lab))).andExpect(flash().attribute("flash", "signup.welcome"));
        // Only once: afterwards "My assessments" shows as usual.
        mvc.perform(get("/me").session(session)).andExpect(status().isOk());
        assertThat(fixtures.ownerId(lab)).isNull();
    }

    @Test
    void aVisitorComesBackAfterSigningIn() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong("Anonymous Lab");
        MockHttpSession session = new MockHttpSession();

        mvc.perform(get(claim(lab)).session(session)).andExpect(status().isOk());
        mvc.perform(post("/login").session(session).with(csrf()).param("username", ada.email())
                        .param("password", Assessments.PASSWORD))
                .andExpect(redirectedUrl("/me"));
        mvc.perform(get("/me").session(session)).andExpect(redirectedUrl(claim(lab)));
    }

    @Test
    void aVisitorPostingIsSentToSignIn() throws Exception {
        Assessment lab = fixtures.strong("Anonymous Lab");

        mvc.perform(post(claim(lab)).with(csrf())).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        assertThat(fixtures.ownerId(lab)).isNull();
    }

    @Test
    void claimingNeedsTheCsrfToken() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong("Anonymous Lab");

        mvc.perform(post(claim(lab)).with(ada.signedIn())).andExpect(status().isForbidden());
        assertThat(fixtures.ownerId(lab)).isNull();
    }

    @Test
    void anAssessmentAnotherFounderKeepsCannotBeClaimed() throws Exception {
        Person ada = fixtures.founder();
        Person eve = fixtures.founder();
        Assessment adas = fixtures.strong(ada, "Deep Lab");

        mvc.perform(get(claim(adas)).with(eve.signedIn())).andExpect(status().isNotFound());
        mvc.perform(post(claim(adas)).with(eve.signedIn()).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(claim(adas))).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/guessed-token/claim").with(eve.signedIn())).andExpect(status().isNotFound());
        assertThat(fixtures.ownerId(adas)).isEqualTo(ada.account().getId());
    }

    @Test
    void aFoundersOwnAssessmentIsAlreadyTheirs() throws Exception {
        Person ada = fixtures.founder();
        Assessment adas = fixtures.strong(ada, "Deep Lab");

        mvc.perform(get(claim(adas)).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("already in your account"),
                        not(containsString("action=\"" + claim(adas) + "\"")))));
    }

    @Test
    void mentorsAndAdminsCannotClaim() throws Exception {
        Assessment lab = fixtures.strong("Anonymous Lab");
        for (Person other : new Person[] {fixtures.mentor(), fixtures.admin()}) {
            mvc.perform(get(claim(lab)).with(other.signedIn())).andExpect(status().isForbidden());
            mvc.perform(post(claim(lab)).with(other.signedIn()).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(fixtures.ownerId(lab)).isNull();
    }

    @Test
    void claimPageIsTranslatedAndShowsTheNameAsText() throws Exception {
        Assessment lab = fixtures.strong("<b>Bold</b> Lab");

        mvc.perform(get(claim(lab)).param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("将该评估保存到你的账户"),
                        containsString("&lt;b&gt;Bold&lt;/b&gt; Lab"), not(containsString("<b>Bold</b>")))));
    }

    private static String claim(Assessment assessment) {
        return "/assessments/" + assessment.getToken() + "/claim";
    }
}
