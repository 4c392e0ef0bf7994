package app.runway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import app.runway.account.AccountService;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The admin's users page: creating mentors and admins, disabling, enabling, resetting passwords. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:admin;DB_CLOSE_DELAY=-1",
        "runway.account.admin-email=" + AdminUsersTest.BOSS, "runway.account.admin-password=Boss-password-1"})
@AutoConfigureMockMvc
class AdminUsersTest {

    static final String BOSS = "boss@example.com";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor boss() {
        return user(BOSS).roles("ADMIN");
    }

    // --- who may come in ---

    @Test
    void onlyAdminsReachTheAdminPages() throws Exception {
        UserAccount someone = founder("matrix-founder@example.com");
        for (String url : List.of("/admin", "/admin/users", "/admin/guide", "/admin/audit",
                "/admin/users/" + someone.getId() + "/disable", "/admin/users/" + someone.getId() + "/enable",
                "/admin/users/" + someone.getId() + "/password")) {
            mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(url).with(user(someone.getEmail()).roles("FOUNDER"))).andExpect(status().isForbidden());
            mvc.perform(get(url).with(user("mentor@example.com").roles("MENTOR"))).andExpect(status().isForbidden());
            mvc.perform(get(url).with(boss())).andExpect(status().isOk());
        }
    }

    @Test
    void mentorsCannotChangeAccounts() throws Exception {
        UserAccount target = founder("mentor-target@example.com");
        mvc.perform(post("/admin/users/" + target.getId() + "/disable").with(csrf())
                .with(user("mentor@example.com").roles("MENTOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(csrf()).with(user("mentor@example.com").roles("MENTOR"))
                .param("email", "sneaky@example.com").param("displayName", "S").param("role", "ADMIN")
                .param("password", "sneaky-pass-1")).andExpect(status().isForbidden());
        assertThat(accounts.get(target.getId()).isEnabled()).isTrue();
        assertThat(accounts.byEmail("sneaky@example.com")).isEmpty();
    }

    @Test
    void everyChangeNeedsTheCsrfToken() throws Exception {
        UserAccount target = founder("csrf-target@example.com");
        mvc.perform(post("/admin/users").with(boss()).param("email", "csrf-new@example.com")
                .param("displayName", "C").param("role", "MENTOR").param("password", "csrf-pass-12"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + target.getId() + "/disable").with(boss()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + target.getId() + "/password").with(boss())
                .param("password", "csrf-pass-34").param("passwordAgain", "csrf-pass-34"))
                .andExpect(status().isForbidden());
        assertThat(accounts.byEmail("csrf-new@example.com")).isEmpty();
        assertThat(accounts.get(target.getId()).isEnabled()).isTrue();
        mvc.perform(formLogin().user(target.getEmail()).password("founder-pass-1")).andExpect(authenticated());
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/admin/users/999999/disable").with(boss())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/999999/disable").with(csrf()).with(boss())).andExpect(status().isNotFound());
    }

    // --- creating accounts ---

    @Test
    void anAdminCreatesAMentorWhoCanThenSignIn() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(boss()).param("email", "Mia.Mentor@Example.com")
                        .param("displayName", "Mia").param("role", "MENTOR").param("password", "mentor-pass-1"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", Notice.done("admin.users.created.MENTOR", "mia.mentor@example.com")));
        assertThat(accounts.byEmail("mia.mentor@example.com")).get().extracting(UserAccount::getRole)
                .isEqualTo(Role.MENTOR);
        mvc.perform(formLogin().user("mia.mentor@example.com").password("mentor-pass-1"))
                .andExpect(authenticated().withRoles("MENTOR"));
        assertThat(audit("ACCOUNT_CREATED", "mia.mentor@example.com")).containsExactly(BOSS + " MENTOR");
    }

    @Test
    void anAdminCreatesAnotherAdmin() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(boss()).param("email", "ada.admin@example.com")
                        .param("displayName", "Ada").param("role", "ADMIN").param("password", "admin-pass-12"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin().user("ada.admin@example.com").password("admin-pass-12"))
                .andExpect(authenticated().withRoles("ADMIN"));
    }

    @Test
    void theNewAccountsPasswordMustMeetThePolicyAndTheRuleIsNamed() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(boss()).param("lang", "en")
                        .param("email", "weak@example.com").param("displayName", "Weak").param("role", "MENTOR")
                        .param("password", "short1"))
                .andExpect(status().isOk()).andExpect(view().name("admin/users"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"))
                .andExpect(content().string(containsString("The password needs at least 10 characters.")))
                .andExpect(content().string(containsString("aria-describedby=\"password-help password-error\"")))
                // What was typed is kept, except the password.
                .andExpect(content().string(containsString("value=\"weak@example.com\"")))
                .andExpect(content().string(not(containsString("value=\"short1\""))));
        mvc.perform(post("/admin/users").with(csrf()).with(boss()).param("email", "weak@example.com")
                        .param("displayName", "Weak").param("role", "MENTOR").param("password", "onlyletterslong"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.needsLetterAndDigit"));
        mvc.perform(post("/admin/users").with(csrf()).with(boss()).param("email", "weak@example.com")
                        .param("displayName", "Weak").param("role", "MENTOR").param("password", "weak@example.com1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.containsEmail"));
        assertThat(accounts.byEmail("weak@example.com")).isEmpty();
    }

    @Test
    void refusesFoundersUnknownRolesTakenAddressesAndMissingFields() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(boss()).param("email", "f@example.com")
                        .param("displayName", "F").param("role", "FOUNDER").param("password", "founder-pass-1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "role", "admin.users.role.invalid"));
        mvc.perform(post("/admin/users").with(csrf()).with(boss()).param("email", "f@example.com")
                        .param("displayName", "F").param("role", "ROOT").param("password", "founder-pass-1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "role", "admin.users.role.invalid"));
        mvc.perform(post("/admin/users").with(csrf()).with(boss()).param("email", BOSS.toUpperCase())
                        .param("displayName", "B").param("role", "MENTOR").param("password", "another-pass-1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "admin.users.email.taken"));
        mvc.perform(post("/admin/users").with(csrf()).with(boss()).param("lang", "zh").param("email", "not-an-address")
                        .param("displayName", " ").param("role", "MENTOR").param("password", "another-pass-1"))
                .andExpect(model().attributeHasFieldErrors("form", "email", "displayName"))
                .andExpect(content().string(containsString("请输入有效的电子邮箱")))
                .andExpect(content().string(containsString("请输入姓名。")));
        assertThat(accounts.byEmail("f@example.com")).isEmpty();
    }

    @Test
    void missingFieldsAreWordedForTheAdminNotForAFounder() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(boss()).param("lang", "en").param("email", "")
                        .param("displayName", "").param("role", "MENTOR").param("password", "another-pass-1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "NotBlank"))
                .andExpect(content().string(containsString("Enter the e-mail address.")))
                .andExpect(content().string(containsString("Enter the name.")))
                .andExpect(content().string(not(containsString("Enter your"))));
    }

    @Test
    void namesPeopleTypedAreEscaped() throws Exception {
        accounts.createByAdmin(BOSS, "script-name@example.com", "<script>alert('x')</script>", "script-pass-1",
                Role.MENTOR);
        mvc.perform(get("/admin/users").with(boss()))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void theListShowsRolesAndStatusInEitherLanguage() throws Exception {
        founder("listed@example.com");
        mvc.perform(get("/admin/users").with(boss()).param("lang", "en"))
                .andExpect(content().string(containsString("listed@example.com")))
                .andExpect(content().string(containsString("Founder")))
                .andExpect(content().string(containsString("aria-label=\"Disable listed@example.com\"")));
        mvc.perform(get("/admin/users").with(boss()).param("lang", "zh"))
                .andExpect(content().string(containsString("创建导师或管理员")))
                .andExpect(content().string(containsString("创始人")));
    }

    // --- disabling and enabling ---

    @Test
    void disablingAsksFirstThenBlocksSignInUntilEnabledAgain() throws Exception {
        UserAccount founder = founder("dora@example.com");
        mvc.perform(get("/admin/users/" + founder.getId() + "/disable").with(boss()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("admin/confirm"))
                .andExpect(content().string(containsString("Disable this account?")))
                .andExpect(content().string(containsString("dora@example.com")))
                .andExpect(content().string(containsString("action=\"/admin/users/" + founder.getId() + "/disable\"")));
        assertThat(accounts.get(founder.getId()).isEnabled()).as("asking changes nothing").isTrue();

        mvc.perform(post("/admin/users/" + founder.getId() + "/disable").with(csrf()).with(boss()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", Notice.done("admin.users.disabled", "dora@example.com")));
        assertThat(accounts.get(founder.getId()).isEnabled()).isFalse();
        mvc.perform(formLogin().user("dora@example.com").password("founder-pass-1")).andExpect(unauthenticated());
        assertThat(audit("ACCOUNT_DISABLED", "dora@example.com")).containsExactly(BOSS + " open sessions ended: 0");

        mvc.perform(get("/admin/users").with(boss()).param("lang", "en"))
                .andExpect(content().string(containsString("aria-label=\"Enable dora@example.com\"")));
        mvc.perform(post("/admin/users/" + founder.getId() + "/enable").with(csrf()).with(boss()))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin().user("dora@example.com").password("founder-pass-1")).andExpect(authenticated());
        assertThat(audit("ACCOUNT_ENABLED", "dora@example.com")).hasSize(1);
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() throws Exception {
        UserAccount boss = accounts.byEmail(BOSS).orElseThrow();
        mvc.perform(post("/admin/users/" + boss.getId() + "/disable").with(csrf()).with(boss()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", Notice.refused("admin.users.disable.self", BOSS)));
        assertThat(accounts.get(boss.getId()).isEnabled()).isTrue();
        mvc.perform(get("/admin/users").with(boss()).flashAttr("notice", Notice.refused("admin.users.disable.self", BOSS))
                        .param("lang", "en"))
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("You cannot disable your own account (boss@example.com).")))
                .andExpect(content().string(not(containsString("aria-label=\"Disable boss@example.com\""))));
    }

    // --- resetting passwords ---

    @Test
    void resettingAPasswordReplacesTheOldOne() throws Exception {
        UserAccount founder = founder("rita@example.com");
        mvc.perform(get("/admin/users/" + founder.getId() + "/password").with(boss()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("rita@example.com")))
                .andExpect(content().string(containsString("At least 10 characters")));
        mvc.perform(post("/admin/users/" + founder.getId() + "/password").with(csrf()).with(boss())
                        .param("password", "new-rita-pass-1").param("passwordAgain", "new-rita-pass-1"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", Notice.done("admin.users.passwordReset", "rita@example.com")));
        mvc.perform(formLogin().user("rita@example.com").password("founder-pass-1")).andExpect(unauthenticated());
        mvc.perform(formLogin().user("rita@example.com").password("new-rita-pass-1")).andExpect(authenticated());
        assertThat(audit("PASSWORD_RESET", "rita@example.com")).containsExactly(BOSS + " open sessions ended: 0");
    }

    @Test
    void aResetPasswordMustMeetThePolicyAndBeTypedTwiceAlike() throws Exception {
        UserAccount founder = founder("paul@example.com");
        mvc.perform(post("/admin/users/" + founder.getId() + "/password").with(csrf()).with(boss()).param("lang", "en")
                        .param("password", "short1").param("passwordAgain", "short1"))
                .andExpect(status().isOk()).andExpect(view().name("admin/password"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"))
                .andExpect(content().string(containsString("The password needs at least 10 characters.")));
        mvc.perform(post("/admin/users/" + founder.getId() + "/password").with(csrf()).with(boss()).param("lang", "en")
                        .param("password", "paul-new-pass-1").param("passwordAgain", "paul-new-pass-2"))
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordAgain", "admin.password.mismatch"))
                .andExpect(content().string(containsString("The two passwords differ.")))
                .andExpect(content().string(containsString("aria-describedby=\"passwordAgain-error\"")));
        mvc.perform(post("/admin/users/" + founder.getId() + "/password").with(csrf()).with(boss())
                        .param("password", "paul@example.com-1").param("passwordAgain", "paul@example.com-1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.containsEmail"));
        mvc.perform(formLogin().user("paul@example.com").password("founder-pass-1")).andExpect(authenticated());
    }

    // --- helpers ---

    private UserAccount founder(String email) {
        return accounts.byEmail(email).orElseGet(() -> accounts.signUp(email, "Founder", "founder-pass-1"));
    }

    /** "actor detail" of the audit events with this action and target. */
    private List<String> audit(String action, String target) {
        return jdbc.queryForList("select actor || ' ' || coalesce(detail, 'null') from audit_event"
                + " where action = ? and target = ? order by id", String.class, action, target);
    }
}
