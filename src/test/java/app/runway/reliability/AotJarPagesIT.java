package app.runway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as production starts it, with the bean definitions and the Spring Data repositories that
 * Spring AOT generated at build time: every other test runs the beans and repositories Spring makes at run
 * time, so this one walks the pages of each role once, each of which reads through several repositories,
 * and every write form that mails or shares. A query the generated code got wrong answers 500 here.
 */
class AotJarPagesIT {

    private static final String FOUNDER_EMAIL = "reviewed@kill-nine.test";
    private static final String FOUNDER_PASSWORD = "Reviewed-founder-1";

    @Test
    void everyRolesPagesAnswerFromTheAotPreparedJar(@TempDir Path workDir) throws Exception {
        try (RunwayJar jar = RunwayJar.start(workDir, "aot-pages", Map.of())) {
            String base = jar.baseUrl();
            Questionnaire questionnaire = new Questionnaire(new Visitor(base).get("/api/questionnaire").body());
            List<String> submitted = KillNineScenario.reviewsInProgress(base, questionnaire);
            String token = submitted.get(0);

            Visitor founder = signedIn(base, FOUNDER_EMAIL, FOUNDER_PASSWORD);
            String report = "/assessments/" + token + "/report";
            assertThat(founder.submit(report, report + "/sharing", Map.of("share", "true")).statusCode())
                    .as("scores shared").isEqualTo(302);
            // Two assessments of different startups: read, then refused as not comparable (not a 500).
            assertThat(founder.get("/me/compare?a=" + token + "&b=" + submitted.get(1)).statusCode()).isEqualTo(400);
            readAll(jar, founder, "/me", report, report + ".pdf",
                    "/assessments/" + token + "/team", "/me/startups/" + token + "/progress",
                    "/guide", "/guide/search?q=data");

            Visitor mentor = signedIn(base, KillNineScenario.MENTOR_EMAIL, KillNineScenario.MENTOR_PASSWORD);
            readAll(jar, mentor, "/mentor", "/mentor/reviews/" + token, "/mentor/cohort", "/mentor/cohort.csv",
                    "/mentor/programmes", report);

            Visitor admin = signedIn(base, RunwayJar.ADMIN_EMAIL, RunwayJar.ADMIN_PASSWORD);
            readAll(jar, admin, "/admin", "/admin/users", "/admin/audit", "/admin/guide", "/admin/programmes/new",
                    "/mentor", "/mentor/cohort");

            Visitor forgetful = new Visitor(base);
            assertThat(forgetful.submit("/password/forgot", "/password/forgot", Map.of("email", FOUNDER_EMAIL))
                    .statusCode()).as("password reset asked for").isBetween(200, 399);
        }
    }

    private static Visitor signedIn(String base, String email, String password) {
        Visitor visitor = new Visitor(base);
        assertThat(visitor.signIn(email, password)).as(email + " signs in").isTrue();
        return visitor;
    }

    private static void readAll(RunwayJar jar, Visitor reader, String... paths) {
        for (String path : paths) {
            HttpResponse<String> page = reader.get(path);
            assertThat(page.statusCode()).as(() -> path + " answered " + page.statusCode() + "; the jar's log:\n"
                    + jar.logText()).isEqualTo(200);
        }
    }
}
