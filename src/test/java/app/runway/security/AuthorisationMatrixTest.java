package app.runway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import app.runway.account.AccountService;
import app.runway.account.Role;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.scoring.Profile;
import app.runway.questionnaire.Stage;
import app.runway.support.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page and endpoint against every kind of visitor. {owned} is an assessment that founder A
 * claimed and submitted for review; {open} one started anonymously and never claimed; {programmed} one
 * founder A submitted to a programme ({programme}) the mentor is not in.
 * 302 means a redirect to the sign-in page.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:matrix;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

    private static final String FOUNDER = "founder-a@example.com";
    private static final String OTHER = "founder-b@example.com";
    private static final String MENTOR = "mentor@example.com";
    private static final String ADMIN = "admin2@example.com";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcTemplate jdbc;

    private String owned;
    private String open;
    private String programmed;

    @BeforeAll
    void createPeopleAndAssessments() {
        accounts.signUp(FOUNDER, "Founder A", "founder-a-pass-1");
        accounts.signUp(OTHER, "Founder B", "founder-b-pass-1");
        accounts.createByAdmin("setup", MENTOR, "Mentor", "mentor-pass-12", Role.MENTOR);
        accounts.createByAdmin("setup", ADMIN, "Admin", "admin-pass-123", Role.ADMIN);
        open = assessments.submit(new Profile("Open Co", "retail", Stage.IDEA, 2), Map.of()).getToken();
        SignedIn.as(FOUNDER, Role.FOUNDER, () -> {
            owned = assessments.submit(new Profile("Owned Co", "finance", Stage.SEED, 6), Map.of()).getToken();
            assessments.submit(owned, "please review");
            jdbc.update("insert into programme (id, name, starts_on, ends_on, language, created_at, version)"
                    + " values (9001, 'Elsewhere', date '2027-01-01', date '2027-03-01', 'en', current_timestamp, 0)");
            programmed = assessments.submit(new Profile("Programme Co", "finance", Stage.SEED, 6), Map.of())
                    .getToken();
            assessments.submit(programmed, null, 9001L);
        });
    }

    @ParameterizedTest(name = "{0}: anonymous {1}, founder {2}, other founder {3}, mentor {4}, admin {5}")
    @CsvSource({
            // url,                                   anon, founder, other, mentor, admin
            "/,                                        200, 200, 200, 200, 200",
            "/guide,                                   200, 200, 200, 200, 200",
            "/guide/risks/compute-cost,                200, 200, 200, 200, 200",
            "/guide/search?q=risk,                     200, 200, 200, 200, 200",
            "/login,                                   200, 200, 200, 200, 200",
            "/api/questionnaire,                       200, 200, 200, 200, 200",
            "/assessments/{open}/report,               200, 200, 200, 200, 200",
            "/api/assessments/{open},                  200, 200, 200, 200, 200",
            "/assessments/{owned}/report,              404, 200, 404, 200, 200",
            "/assessments/{owned}/report.pdf,          404, 200, 404, 200, 200",
            "/assessments/{owned}/dimensions/market,   404, 200, 404, 404, 404",
            "/api/assessments/{owned},                 404, 200, 404, 200, 200",
            "/assessments/no-such-token/report,        404, 404, 404, 404, 404",
            "/me,                                      302, 200, 200, 403, 403",
            "/me/assessments/{owned}/feedback,         302, 200, 404, 403, 403",
            "/me/compare?a={owned}&b={owned},          302, 400, 404, 403, 403",
            "/me/assessments/{owned}/submit,           302, 200, 404, 403, 403",
            "/me/startups/{owned}/progress,            302, 200, 404, 403, 403",
            "/me/startups/{open}/progress,             302, 404, 404, 403, 403",
            "/assessments/{owned}/claim,               404, 200, 404, 403, 403",
            "/assessments/{open}/claim,                200, 200, 200, 403, 403",
            "/assessments/{owned}/team,                302, 200, 404, 403, 403",
            "/assessments/{open}/team,                 302, 404, 404, 403, 403",
            "/team,                                    302, 200, 200, 403, 403",
            "/team/1,                                  302, 404, 404, 403, 403",
            "/team/invitation?token=made-up,           200, 200, 200, 200, 200",
            "/mentor,                                  302, 403, 403, 200, 200",
            "/mentor/reviews/{owned},                  302, 403, 403, 200, 200",
            "/mentor/cohort,                           302, 403, 403, 200, 200",
            "/mentor/cohort.csv,                       302, 403, 403, 200, 200",
            "/assessments/{programmed}/report,         404, 200, 404, 404, 200",
            "/api/assessments/{programmed},            404, 200, 404, 404, 200",
            "/mentor/reviews/{programmed},             302, 403, 403, 404, 200",
            "/mentor/programmes,                       302, 403, 403, 200, 200",
            "/mentor/programmes/9001,                  302, 403, 403, 404, 200",
            "/admin/programmes/new,                    302, 403, 403, 403, 200",
            "/admin/programmes/9001/edit,              302, 403, 403, 403, 200",
            "/programmes/join?token=unknown,           404, 404, 404, 404, 404",
            "/admin,                                   302, 403, 403, 403, 200",
            "/admin/users,                             302, 403, 403, 403, 200",
            "/admin/guide,                             302, 403, 403, 403, 200",
            "/admin/audit,                             302, 403, 403, 403, 200",
    })
    void answersEachVisitorAsExpected(String url, int anonymous, int founder, int other, int mentor, int admin)
            throws Exception {
        String resolved = url.replace("{owned}", owned).replace("{open}", open).replace("{programmed}", programmed);
        assertThat(status(get(resolved))).as("anonymous %s", url).isEqualTo(anonymous);
        assertThat(status(get(resolved).with(user(FOUNDER).roles("FOUNDER")))).as("founder %s", url).isEqualTo(founder);
        assertThat(status(get(resolved).with(user(OTHER).roles("FOUNDER")))).as("other founder %s", url).isEqualTo(other);
        assertThat(status(get(resolved).with(user(MENTOR).roles("MENTOR")))).as("mentor %s", url).isEqualTo(mentor);
        assertThat(status(get(resolved).with(user(ADMIN).roles("ADMIN")))).as("admin %s", url).isEqualTo(admin);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() == 302) {
            // Only a redirect to the sign-in page counts as 302 here; any other redirect is a 200-like answer.
            return response.getRedirectedUrl() != null && response.getRedirectedUrl().contains("/login") ? 302 : 200;
        }
        return response.getStatus();
    }
}
