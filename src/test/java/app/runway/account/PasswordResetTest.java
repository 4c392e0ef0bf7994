package app.runway.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.runway.support.Mailbox;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Forgot my password", with a real SMTP server (GreenMail) receiving what Runway sends: the link in
 * the mail sets a new password once, within 30 minutes, and the answer never tells whether an address
 * has an account.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:password-reset;DB_CLOSE_DELAY=-1",
        "runway.public-url=http://localhost"})
@AutoConfigureMockMvc
class PasswordResetTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final Pattern LINK = Pattern.compile("http://localhost/password/reset\\?token=([A-Za-z0-9_-]+)");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        Mailbox.register(SMTP, registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private String email;

    @BeforeEach
    void founder() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        email = "reset-" + System.nanoTime() + "@example.com";
        accounts.signUp(email, "Lin Wei", "Old-password-1");
    }

    @Test
    void aFounderGetsOneMailInTheirLanguageWithTextAndHtmlAndTheLinkSetsTheNewPassword() throws Exception {
        ask(email, "zh");

        MimeMessage mail = onlyMail();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mail.getSubject()).isEqualTo("重置您的 Runway 密码");
        Multipart parts = (Multipart) mail.getContent();
        String text = GreenMailUtil.getBody(parts.getBodyPart(0));
        assertThat(GreenMailUtil.getBody(mail)).contains("text/plain", "text/html");
        String token = token(GreenMailUtil.getBody(mail));

        mvc.perform(get("/password/reset").param("token", token)).andExpect(view().name("account/reset"));
        mvc.perform(post("/password/reset").with(csrf()).param("token", token)
                        .param("password", "New-password-2").param("passwordAgain", "New-password-2"))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(formLogin().user(email).password("New-password-2")).andExpect(authenticated());
        mvc.perform(formLogin().user(email).password("Old-password-1")).andExpect(unauthenticated());
        assertThat(text).isNotNull();
        assertThat(audit("PASSWORD_RESET_BY_LINK")).isEqualTo(1);
    }

    @Test
    void aForgedHostHeaderDoesNotChangeTheLinkInTheMail() throws Exception {
        mvc.perform(post("/password/forgot").with(csrf()).header("Host", "attacker.example").param("email", email))
                .andExpect(redirectedUrl("/password/forgot?sent"));
        String body = GreenMailUtil.getBody(onlyMail());
        assertThat(body).doesNotContain("attacker.example");
        token(body);
    }

    @Test
    void theMailIsInEnglishForAnEnglishPage() throws Exception {
        ask(email, "en");
        assertThat(onlyMail().getSubject()).isEqualTo("Reset your Runway password");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String unknown = mvc.perform(post("/password/forgot").with(csrf()).param("email", "nobody@example.com"))
                .andReturn().getResponse().getRedirectedUrl();
        String known = mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(unknown).isEqualTo(known).isEqualTo("/password/forgot?sent");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'PASSWORD_RESET_REQUESTED'"
                + " and target = 'nobody@example.com'", String.class)).contains("no enabled account");
    }

    @Test
    void aLinkWorksOnce() throws Exception {
        ask(email, "en");
        String token = token(GreenMailUtil.getBody(onlyMail()));
        setPassword(token, "New-password-2").andExpect(redirectedUrl("/login?reset"));

        setPassword(token, "Third-password-3").andExpect(view().name("account/reset-invalid"));
        mvc.perform(get("/password/reset").param("token", token)).andExpect(view().name("account/reset-invalid"));
        mvc.perform(formLogin().user(email).password("Third-password-3")).andExpect(unauthenticated());
    }

    @Test
    void aLinkExpiresAfter30Minutes() throws Exception {
        ask(email, "en");
        String token = token(GreenMailUtil.getBody(onlyMail()));
        jdbc.update("update password_reset set expires_at = dateadd('MINUTE', -31, expires_at) where token_hash = ?",
                PasswordResets.hash(token));

        setPassword(token, "New-password-2").andExpect(view().name("account/reset-invalid"));
        mvc.perform(formLogin().user(email).password("Old-password-1")).andExpect(authenticated());
    }

    @Test
    void aWeakOrMistypedPasswordIsExplainedAndTheLinkStaysUsable() throws Exception {
        ask(email, "en");
        String token = token(GreenMailUtil.getBody(onlyMail()));

        setPassword(token, "short").andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"));
        mvc.perform(post("/password/reset").with(csrf()).param("token", token)
                        .param("password", "New-password-2").param("passwordAgain", "New-password-3"))
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordAgain", "reset.password.mismatch"));

        setPassword(token, "New-password-2").andExpect(redirectedUrl("/login?reset"));
    }

    @Test
    void aMadeUpTokenIsRefused() throws Exception {
        mvc.perform(get("/password/reset").param("token", "made-up")).andExpect(view().name("account/reset-invalid"));
        mvc.perform(get("/password/reset")).andExpect(view().name("account/reset-invalid"));
    }

    @Test
    void theDatabaseKeepsOnlyAHashOfTheToken() throws Exception {
        ask(email, "en");
        String token = token(GreenMailUtil.getBody(onlyMail()));
        assertThat(jdbc.queryForList("select token_hash from password_reset", String.class))
                .contains(PasswordResets.hash(token)).doesNotContain(token);
    }

    private void ask(String address, String lang) throws Exception {
        mvc.perform(post("/password/forgot").with(csrf()).param("email", address).param("lang", lang))
                .andExpect(redirectedUrl("/password/forgot?sent"));
    }

    private org.springframework.test.web.servlet.ResultActions setPassword(String token, String password)
            throws Exception {
        return mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", password)
                .param("passwordAgain", password));
    }

    private static MimeMessage onlyMail() {
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        return SMTP.getReceivedMessages()[0];
    }

    private static String token(String body) {
        Matcher link = LINK.matcher(Mailbox.decoded(body));
        assertThat(link.find()).as("a reset link in " + body).isTrue();
        return link.group(1);
    }

    private int audit(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and actor = ?", Integer.class,
                action, email);
    }
}
