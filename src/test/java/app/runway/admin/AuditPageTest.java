package app.runway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The audit log page: newest first, filtered by actor, action and first day, a page at a time. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:admin;DB_CLOSE_DELAY=-1",
        "runway.account.admin-email=" + AdminUsersTest.BOSS, "runway.account.admin-password=Boss-password-1"})
@AutoConfigureMockMvc
class AuditPageTest {

    /** Ids far above what Hibernate hands out in a test, so that rows written here never collide. */
    private static final AtomicLong IDS = new AtomicLong(5_000_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTheNewestFirst() throws Exception {
        event("2024-01-01T10:00:00Z", "order@example.com", "SIGN_IN", "first");
        event("2025-01-01T10:00:00Z", "order@example.com", "SIGN_IN", "third");
        event("2024-06-01T10:00:00Z", "order@example.com", "SIGN_IN", "second");
        assertThat(targets(audit().param("actor", "order@"))).containsExactly("third", "second", "first");
    }

    @Test
    void filtersByActorActionAndFirstDay() throws Exception {
        event("2024-01-01T10:00:00Z", "filter@example.com", "SIGN_IN", "jan sign-in");
        event("2024-06-01T10:00:00Z", "filter@example.com", "SIGN_IN", "june sign-in");
        event("2024-06-02T10:00:00Z", "filter@example.com", "ASSESSMENT_SUBMITTED", "june submission");
        event("2024-06-03T10:00:00Z", "someone-else@example.com", "SIGN_IN", "other");
        assertThat(targets(audit().param("actor", "FILTER@"))).containsExactly("june submission", "june sign-in",
                "jan sign-in");
        assertThat(targets(audit().param("actor", "filter@").param("action", "SIGN_IN")))
                .containsExactly("june sign-in", "jan sign-in");
        assertThat(targets(audit().param("actor", "filter@").param("from", "2024-06-01")))
                .containsExactly("june submission", "june sign-in");
        assertThat(targets(audit().param("actor", "filter@").param("action", "ASSESSMENT_SUBMITTED")
                .param("from", "2024-06-02"))).containsExactly("june submission");
    }

    @Test
    void aDateThatIsNotOneIsSaidSoAndIgnored() throws Exception {
        event("2024-01-01T10:00:00Z", "baddate@example.com", "SIGN_IN", "kept");
        mvc.perform(audit().param("actor", "baddate@").param("from", "yesterday").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the day as year-month-day")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("value=\"yesterday\"")));
        assertThat(targets(audit().param("actor", "baddate@").param("from", "yesterday"))).containsExactly("kept");
    }

    @Test
    void anUnknownActionShowsEverything() throws Exception {
        event("2024-01-01T10:00:00Z", "unknown-action@example.com", "SIGN_IN", "shown");
        assertThat(targets(audit().param("actor", "unknown-action@").param("action", "DROP_TABLES")))
                .containsExactly("shown");
    }

    @Test
    void pagesThroughALongLogKeepingTheFilters() throws Exception {
        Instant start = Instant.parse("2023-01-01T00:00:00Z");
        for (int i = 0; i < AuditController.PAGE_SIZE + 5; i++) {
            event(start.plusSeconds(i * 60L).toString(), "pages+test@example.com", "SIGN_IN", "event " + i);
        }
        AuditController.Paging first = (AuditController.Paging) mvc.perform(audit().param("actor", "pages+test@"))
                .andReturn().getModelAndView().getModel().get("paging");
        assertThat(first.total()).isEqualTo(30);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.previous()).isNull();
        assertThat(first.next()).isEqualTo("/admin/audit?actor=pages%2Btest%40&page=2");
        assertThat(targets(audit().param("actor", "pages+test@"))).hasSize(25).startsWith("event 29");
        assertThat(targets(audit().param("actor", "pages+test@").param("page", "2")))
                .containsExactly("event 4", "event 3", "event 2", "event 1", "event 0");
        mvc.perform(audit().param("actor", "pages+test@").param("page", "2").param("lang", "en"))
                .andExpect(content().string(containsString("rel=\"prev\"")))
                .andExpect(content().string(containsString("Page 2 of 2")))
                .andExpect(content().string(not(containsString("rel=\"next\""))));
        // A page number that is not one shows the first page.
        assertThat(targets(audit().param("actor", "pages+test@").param("page", "x"))).hasSize(25);
    }

    @Test
    void adminActionsAppearInTheLog() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(AdminUsersTest.boss()).param("email", "logged@example.com")
                .param("displayName", "Logged").param("role", "MENTOR").param("password", "logged-pass-1"));
        mvc.perform(audit().param("action", "ACCOUNT_CREATED").param("lang", "en"))
                .andExpect(content().string(containsString("logged@example.com")))
                .andExpect(content().string(containsString("Account created")))
                .andExpect(content().string(containsString(AdminUsersTest.BOSS)));
    }

    @Test
    void whatPeopleTypedIsEscaped() throws Exception {
        event("2024-01-01T10:00:00Z", "escape@example.com", "ASSESSMENT_SUBMITTED", "<script>alert(1)</script>");
        mvc.perform(audit().param("actor", "escape@"))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void speaksChinese() throws Exception {
        event("2024-01-01T10:00:00Z", "zh@example.com", "SIGN_IN", "zh");
        mvc.perform(audit().param("actor", "zh@").param("lang", "zh"))
                .andExpect(content().string(containsString("审计日志")))
                .andExpect(content().string(containsString("\">登录</td>")))
                .andExpect(content().string(containsString("2024-01-01 10:00:00")));
    }

    private MockHttpServletRequestBuilder audit() {
        return get("/admin/audit").with(user(AdminUsersTest.BOSS).roles("ADMIN"));
    }

    @SuppressWarnings("unchecked")
    private List<String> targets(MockHttpServletRequestBuilder request) throws Exception {
        List<AuditController.Row> rows = (List<AuditController.Row>) mvc.perform(request).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("rows");
        return rows.stream().map(AuditController.Row::target).toList();
    }

    private void event(String at, String actor, String action, String target) {
        jdbc.update("insert into audit_event (id, at, actor, action, target, detail) values (?, ?, ?, ?, ?, null)",
                IDS.incrementAndGet(), Timestamp.from(Instant.parse(at)), actor, action, target);
    }
}
