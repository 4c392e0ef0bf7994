package app.runway.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.runway.account.AccountService;
import app.runway.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Where signing in leads: the page that asked for it, or else the start page of the person's role. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:landing;DB_CLOSE_DELAY=-1",
        "runway.account.admin-email=boss@landing.example", "runway.account.admin-password=boss-pass-123"})
@AutoConfigureMockMvc
class SignInLandingTest {

    private static final String PASSWORD = "landing-pass-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Test
    void eachRoleLandsOnItsOwnStartPage() throws Exception {
        accounts.signUp("fay@landing.example", "Fay", PASSWORD);
        accounts.createByAdmin("boss@landing.example", "max@landing.example", "Max", PASSWORD, Role.MENTOR);

        mvc.perform(formLogin().user("fay@landing.example").password(PASSWORD)).andExpect(redirectedUrl("/me"));
        mvc.perform(formLogin().user("max@landing.example").password(PASSWORD)).andExpect(redirectedUrl("/mentor"));
        mvc.perform(formLogin().user("boss@landing.example").password("boss-pass-123"))
                .andExpect(redirectedUrl("/admin"));
    }

    @Test
    void signingInLeadsBackToThePageThatAskedForIt() throws Exception {
        accounts.createByAdmin("boss@landing.example", "mo@landing.example", "Mo", PASSWORD, Role.MENTOR);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(get("/mentor/cohort").session(session)).andExpect(status().isFound());
        mvc.perform(post("/login").session(session).with(csrf()).param("username", "mo@landing.example")
                        .param("password", PASSWORD))
                .andExpect(redirectedUrlPattern("http://localhost/mentor/cohort*"));
    }
}
