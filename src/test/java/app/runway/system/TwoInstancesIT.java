package app.runway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.runway.RunwayApplication;
import app.runway.account.AccountService;
import app.runway.guide.GuideService;
import app.runway.guide.GuideSnapshots;
import app.runway.guide.TestGuides;
import app.runway.reliability.Visitor;
import app.runway.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of Runway on one PostgreSQL, started at the same moment, as behind a load balancer: the
 * guide is written once and both serve the same revision; a reader signed in on one goes on on the other
 * (a half-answered questionnaire and the chosen language included); an account disabled on one is signed
 * out on the other at once; a reload on one is served by the other within seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Pattern DIMENSION_PATH = Pattern.compile("/assessments/([^/]+)/dimensions/([^/?#]+)");

    private static Postgres postgres;
    private static Path guide;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstancesTogether() throws Exception {
        postgres = Postgres.start();
        guide = TestGuides.copyOfBundled("runway-two-instances");
        // Both processes would set up logging; in one JVM they share Logback's single context, and two set-ups
        // at once break each other. The second waits until the first has set it up (and then skips its own);
        // the guide load, seconds later, still races.
        CountDownLatch loggingReady = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> instance()
                .listeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> loggingReady.countDown())
                .run(arguments()));
        // Released also when the first fails before setting up logging: the second then fails on its own.
        first.whenComplete((context, failure) -> loggingReady.countDown());
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> {
            awaitQuietly(loggingReady);
            return instance().run(arguments());
        });
        a = first.join();
        b = second.join();
    }

    @AfterAll
    static void stop() throws IOException {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {a, b}) {
            if (context != null) {
                context.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        TestGuides.delete(guide);
    }

    private static SpringApplicationBuilder instance() {
        return new SpringApplicationBuilder(RunwayApplication.class).profiles("postgres");
    }

    private static String[] arguments() {
        return postgres.arguments(
                "--server.port=0", "--spring.main.banner-mode=off",
                "--runway.guide.location=" + guide, "--runway.guide.follow-interval=500ms",
                "--runway.account.admin-password=Two-instances-admin-1",
                // Sessions in the database, as in production (the test configuration leaves them out for MockMvc).
                "--spring.autoconfigure.exclude=");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(1)
    void theGuideIsWrittenOnceAndBothServeTheSameRevision() {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from guide_revision", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from guide_document", Integer.class)).isEqualTo(1);
        assertThat(revision(a)).isEqualTo(revision(b));
    }

    @Test
    void aSessionMadeOnOneInstanceIsUsedOnTheOther() {
        String email = "both-" + System.nanoTime() + "@example.com";
        a.getBean(AccountService.class).signUp(email, "Both Sides", "Either-instance-1");
        Visitor founder = new Visitor(base(a));
        assertThat(founder.signIn(email, "Either-instance-1")).isTrue();
        assertThat(founder.get(base(b) + "/me").statusCode()).as("signed in on the other instance").isEqualTo(200);

        // The language chosen on one instance, kept on the other.
        founder.get(base(a) + "/guide?lang=zh");
        assertThat(founder.get(base(b) + "/guide").body()).contains("lang=\"zh-CN\"");
        founder.get(base(b) + "/guide?lang=en");

        // A questionnaire begun on A, its first page saved there, goes on on B with B's forms.
        HttpResponse<String> started = founder.submit(base(a) + "/assessments/new", base(a) + "/assessments/new",
                Map.of("startupName", "Two Halves", "industry", "healthcare", "stage", "seed", "teamSize", "4"));
        assertThat(started.statusCode()).isEqualTo(302);
        Matcher first = DIMENSION_PATH.matcher(Visitor.location(started));
        assertThat(first.find()).isTrue();
        Map<String, String> answers = Visitor.firstOptions(founder.get(base(a) + first.group()).body());
        HttpResponse<String> saved = founder.post(base(a) + first.group(), form(answers));
        assertThat(saved.statusCode()).isEqualTo(302);

        String onB = founder.get(base(b) + first.group()).body();
        answers.forEach((question, option) -> assertThat(onB).containsPattern(
                "name=\"answers\\[" + Pattern.quote(question) + "\\]\"[^>]*value=\"" + Pattern.quote(option)
                        + "\"[^>]*checked|checked[^>]*name=\"answers\\[" + Pattern.quote(question)
                        + "\\]\"[^>]*value=\"" + Pattern.quote(option) + "\""));
        Matcher second = DIMENSION_PATH.matcher(Visitor.location(saved));
        assertThat(second.find()).isTrue();
        HttpResponse<String> savedOnB = founder.post(base(b) + second.group(),
                form(Visitor.firstOptions(founder.get(base(b) + second.group()).body())));
        assertThat(savedOnB.statusCode()).as("a form of B, with the session's CSRF token").isEqualTo(302);
    }

    @Test
    void anAccountDisabledOnOneInstanceIsSignedOutOnTheOther() {
        String email = "disabled-" + System.nanoTime() + "@example.com";
        AccountService accounts = a.getBean(AccountService.class);
        accounts.signUp(email, "Soon Disabled", "Soon-disabled-1");
        Visitor founder = new Visitor(base(b));
        assertThat(founder.signIn(email, "Soon-disabled-1")).isTrue();
        assertThat(founder.get(base(b) + "/me").statusCode()).isEqualTo(200);

        accounts.setEnabled("admin@runway.local", accounts.byEmail(email).orElseThrow().getId(), false);

        HttpResponse<String> after = founder.get(base(b) + "/me");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(after)).contains("/login");
        assertThat(a.getBean(JdbcTemplate.class).queryForObject(
                "select detail from audit_event where action = 'ACCOUNT_DISABLED' and target = ?", String.class, email))
                .isEqualTo("open sessions ended: 1");
    }

    @Test
    @Order(4)
    void aReloadOnOneInstanceIsServedByTheOtherWithinSeconds() throws Exception {
        String before = revision(b);
        TestGuides.replaceInFile(guide, "en/07-challenges.md", "## Heavy compute demand and cost",
                "## Compute bills that keep growing");
        GuideService.ReloadResult reloaded = a.getBean(GuideService.class).reload();
        assertThat(reloaded.changed()).isTrue();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (revision(b).equals(before) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(revision(b)).isEqualTo(reloaded.contentHash());
        assertThat(new Visitor(base(b)).get("/guide/risks/compute-cost?lang=en").body())
                .contains("Compute bills that keep growing");
        // B took the revision from the database: it wrote nothing itself.
        assertThat(b.getBean(JdbcTemplate.class).queryForObject("select count(*) from guide_revision", Integer.class))
                .isEqualTo(2);
    }

    @Test
    @Order(5)
    void anInstanceStartedWithAnOlderFolderServesTheStoredRevisionInsteadOfRevertingEveryone() throws IOException {
        String latest = revision(a);
        Path oldFolder = TestGuides.copyOfBundled("runway-old-guide");
        try (ConfigurableApplicationContext c = new SpringApplicationBuilder(RunwayApplication.class).profiles("postgres")
                .run(postgres.arguments("--server.port=0", "--spring.main.banner-mode=off",
                        "--runway.guide.location=" + oldFolder, "--runway.guide.follow-interval=500ms",
                        "--spring.autoconfigure.exclude="))) {
            assertThat(revision(c)).isEqualTo(latest);
            assertThat(c.getBean(JdbcTemplate.class).queryForObject(
                    "select content_hash from guide_revision order by id desc fetch first 1 rows only", String.class))
                    .isEqualTo(latest);
        } finally {
            TestGuides.delete(oldFolder);
        }
        assertThat(revision(a)).isEqualTo(latest);
    }

    private static String revision(ConfigurableApplicationContext context) {
        return context.getBean(GuideSnapshots.class).current().revision();
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static Map<String, String> form(Map<String, String> answers) {
        Map<String, String> form = new LinkedHashMap<>();
        answers.forEach((question, option) -> form.put("answers[" + question + "]", option));
        form.put("action", "next");
        return form;
    }

}
