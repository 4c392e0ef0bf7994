package app.runway.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signing up, signing in and locking after repeated failures, through the whole application. The sign-up form's
 * password rules and the translated sign-in page are checked on the web slice alone, in
 * {@link AccountControllerTest}.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:accounts;DB_CLOSE_DELAY=-1",
        "runway.account.admin-email=root@example.com", "runway.account.admin-password=Configured-Admin-1"})
@AutoConfigureMockMvc
class AccountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository accounts;

    @Test
    void firstAdminComesFromConfigurationWithItsPasswordHashed() throws Exception {
        UserAccount admin = accounts.findByEmail("root@example.com").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("Configured-Admin-1");
        mvc.perform(formLogin().user("root@example.com").password("Configured-Admin-1")).andExpect(authenticated());
    }

    @Test
    void founderSignsUpAndIsSignedIn() throws Exception {
        mvc.perform(post("/signup").with(csrf()).param("email", "Ada@Example.com").param("displayName", "Ada")
                        .param("password", "long-enough-1"))
                .andExpect(redirectedUrl("/me"))
                .andExpect(authenticated().withUsername("ada@example.com").withRoles("FOUNDER"));
        assertThat(accounts.findByEmail("ada@example.com")).get().extracting(UserAccount::getRole)
                .isEqualTo(Role.FOUNDER);
    }

    @Test
    void signUpSpeaksToTheFounderAboutAMissingOrMalformedAddressAndName() throws Exception {
        mvc.perform(post("/signup").with(csrf()).param("lang", "en").param("email", "").param("displayName", "")
                        .param("password", "long-enough-1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "NotBlank"))
                .andExpect(content().string(containsString("Enter your e-mail address.")))
                .andExpect(content().string(containsString("Enter your name.")));
        mvc.perform(post("/signup").with(csrf()).param("lang", "zh").param("email", "not-an-address")
                        .param("displayName", "x".repeat(101)).param("password", "long-enough-1"))
                .andExpect(model().attributeHasFieldErrors("form", "email", "displayName"))
                .andExpect(content().string(containsString("请输入有效的电子邮箱，例如 name@example.com。")))
                .andExpect(content().string(containsString("最多 100 个字符。")));
        assertThat(accounts.findByEmail("not-an-address")).isEmpty();
    }

    @Test
    void signUpRefusesATakenAddress() throws Exception {
        mvc.perform(post("/signup").with(csrf()).param("email", "root@example.com").param("displayName", "X")
                        .param("password", "long-enough-1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "signup.email.taken"));
    }

    @Test
    void signUpWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/signup").param("email", "eve@example.com").param("displayName", "Eve")
                .param("password", "long-enough-1")).andExpect(status().isForbidden());
        assertThat(accounts.findByEmail("eve@example.com")).isEmpty();
    }

    @Test
    void fiveFailedSignInsLockTheAccountForAWhile() throws Exception {
        mvc.perform(post("/signup").with(csrf()).param("email", "carol@example.com").param("displayName", "Carol")
                .param("password", "carols-pass-1"));
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            mvc.perform(formLogin().user("carol@example.com").password("wrong-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user("carol@example.com").password("carols-pass-1")).andExpect(unauthenticated());
        assertThat(accounts.findByEmail("carol@example.com").orElseThrow().getLockedUntil()).isNotNull();
    }
}
