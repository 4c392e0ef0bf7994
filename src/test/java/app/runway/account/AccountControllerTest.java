package app.runway.account;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import app.runway.audit.AuditLog;
import app.runway.protection.ApiProblems;
import app.runway.system.Assets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sign-in and sign-up pages alone (a web slice, the account service mocked): a broken password rule is
 * answered on the form with its field error, in the visitor's language, and makes no account. Signing in, the
 * first admin, a taken address and the lock-out run through the whole application in {@link AccountTest}.
 */
@WebMvcTest(controllers = AccountController.class,
        // Runway's own security rules (the sign-up and sign-in pages are open), with the rate limit they add.
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "app\\.runway\\.protection\\.(SecurityConfig|ProtectionConfig)"))
// Every controller advice comes with a web slice: the API's needs the problem details it writes. The layout
// reads the style sheet's address from Assets.
@Import({ApiProblems.class, Assets.class})
class AccountControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountService accounts;

    /** The rate limit writes its refusals to the audit log. */
    @MockitoBean
    AuditLog audit;

    @Test
    void signUpNamesThePasswordRuleThatIsBroken() throws Exception {
        mvc.perform(post("/signup").with(csrf()).param("email", "bob@example.com").param("displayName", "Bob")
                        .param("password", "short1").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("account/signup"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"))
                .andExpect(content().string(containsString("The password needs at least 10 characters.")))
                .andExpect(content().string(containsString("value=\"bob@example.com\"")));
        mvc.perform(post("/signup").with(csrf()).param("email", "bob@example.com").param("displayName", "Bob")
                        .param("password", "onlyletterslong"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.needsLetterAndDigit"));
        verify(accounts, never()).signUp(anyString(), anyString(), anyString());
    }

    @Test
    void loginPageIsTranslated() throws Exception {
        mvc.perform(get("/login").param("lang", "zh")).andExpect(content().string(containsString("登录")));
    }
}
