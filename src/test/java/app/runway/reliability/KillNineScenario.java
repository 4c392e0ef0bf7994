package app.runway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The crash drill: users write from several threads, the jar is killed with SIGKILL in the middle,
 * restarted on the same database, and every acknowledged write is looked for through the pages and
 * the API a user would use, then in the database itself.
 */
final class KillNineScenario {

    static final String MENTOR_EMAIL = "mentor@kill-nine.test";
    static final String MENTOR_PASSWORD = "Mentor-reviews-9";
    private static final Pattern CHECKPOINT = Pattern.compile("checkpoint-(\\d+)");
    /** Enough of each kind of write that a lost tail shows; the load runs on until every floor is met. */
    private static final Map<String, Integer> FLOORS = Map.of("submissions", 40, "pageSaves", 40, "signUps", 8,
            "reviewSaves", 15);

    /** Starts Runway on the database under test; called twice, before and after the crash. */
    interface Launcher {
        RunwayJar start(String name) throws Exception;
    }

    private final Launcher launcher;
    private final Supplier<Connection> database;

    /**
     * @param database opens the same database directly, with Runway stopped (H2 allows one process)
     */
    KillNineScenario(Launcher launcher, Supplier<Connection> database) {
        this.launcher = launcher;
        this.database = database;
    }

    /** Runs the drill and returns what was acknowledged; fails on the first write that went missing. */
    Acknowledged run() throws Exception {
        Acknowledged acknowledged;
        try (RunwayJar first = launcher.start("before-kill")) {
            String base = first.baseUrl();
            Questionnaire questionnaire = new Questionnaire(new Visitor(base).get("/api/questionnaire").body());
            List<String> inReview = reviewsInProgress(base, questionnaire);
            try (WriteLoad load = new WriteLoad(base, questionnaire).apiSubmitters(2).pageSavers(2).signUps(1)
                    .reviewer(MENTOR_EMAIL, MENTOR_PASSWORD, inReview)) {
                acknowledged = load.acknowledged();
                awaitFloors(acknowledged, first);
                first.killNine();
            }
        }
        System.out.println("kill -9 after " + acknowledged);
        try (RunwayJar second = launcher.start("after-kill")) {
            String base = second.baseUrl();
            checkSubmissions(base, acknowledged);
            checkPageSaves(base, acknowledged);
            checkSignUps(base, acknowledged);
            checkReviews(base, acknowledged);
        }
        checkAudit(acknowledged);
        System.out.println("found after restart: every one of " + acknowledged.total() + " acknowledged writes");
        return acknowledged;
    }

    /** A mentor, a founder and three submitted assessments the mentor has taken into review. */
    static List<String> reviewsInProgress(String base, Questionnaire questionnaire) {
        Visitor admin = new Visitor(base);
        assertThat(admin.signIn(RunwayJar.ADMIN_EMAIL, RunwayJar.ADMIN_PASSWORD)).as("admin signs in").isTrue();
        HttpResponse<String> mentorCreated = admin.submit("/admin/users", "/admin/users", Map.of("email", MENTOR_EMAIL,
                "displayName", "Mentor", "role", "MENTOR", "password", MENTOR_PASSWORD));
        assertThat(mentorCreated.statusCode()).as("mentor created").isEqualTo(302);

        Visitor founder = new Visitor(base);
        assertThat(founder.submit("/signup", "/signup", Map.of("email", "reviewed@kill-nine.test",
                "displayName", "Reviewed", "password", "Reviewed-founder-1")).statusCode()).isEqualTo(302);
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> created = founder.postJson("/api/assessments", questionnaire.submission("review-" + i));
            String token = Questionnaire.JSON.readTree(created.body()).get("token").asString();
            assertThat(founder.submit("/assessments/" + token + "/claim", "/assessments/" + token + "/claim",
                    Map.of()).statusCode()).as("claimed").isEqualTo(302);
            String submit = "/me/assessments/" + token + "/submit";
            assertThat(founder.submit(submit, submit, Map.of("note", "Please review")).statusCode()).isEqualTo(302);
            tokens.add(token);
        }
        return tokens;
    }

    private static void awaitFloors(Acknowledged acknowledged, RunwayJar jar) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!floorsMet(acknowledged)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the load did not reach " + FLOORS + " in 120 s: " + acknowledged + "\n"
                        + jar.logText());
            }
            Thread.sleep(100);
        }
    }

    private static boolean floorsMet(Acknowledged a) {
        return a.submissions.size() >= FLOORS.get("submissions") && a.pageSaves.size() >= FLOORS.get("pageSaves")
                && a.signUps.size() >= FLOORS.get("signUps") && a.reviewSaves.size() >= FLOORS.get("reviewSaves");
    }

    /** Each submission opens through the API with its name, every answer as sent, and its result. */
    private static void checkSubmissions(String base, Acknowledged acknowledged) {
        Visitor reader = new Visitor(base);
        List<String> missing = new ArrayList<>();
        for (Acknowledged.ApiSubmission sent : acknowledged.submissions) {
            HttpResponse<String> read = reader.get("/api/assessments/" + sent.token());
            if (read.statusCode() != 200) {
                missing.add(sent.startupName() + " answered " + read.statusCode());
                continue;
            }
            JsonNode stored = Questionnaire.JSON.readTree(read.body());
            if (!stored.get("profile").get("startupName").asString().equals(sent.startupName())
                    || !answers(stored).equals(sent.answers()) || !stored.get("status").asString().equals("completed")
                    || stored.get("result").get("index").isNull()) {
                missing.add(sent.startupName() + " is not whole: " + read.body());
            }
        }
        assertThat(missing).as("acknowledged API submissions after kill -9").isEmpty();
    }

    /** Each saved page's answers are among the assessment's stored answers. */
    private static void checkPageSaves(String base, Acknowledged acknowledged) {
        Visitor reader = new Visitor(base);
        Map<String, Map<String, String>> stored = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Acknowledged.PageSave sent : acknowledged.pageSaves) {
            Map<String, String> answers = stored.computeIfAbsent(sent.token(), token -> {
                HttpResponse<String> read = reader.get("/api/assessments/" + token);
                return read.statusCode() == 200 ? answers(Questionnaire.JSON.readTree(read.body())) : Map.of();
            });
            if (!answers.entrySet().containsAll(sent.answers().entrySet())) {
                missing.add(sent.dimension() + " of " + sent.token() + ": sent " + sent.answers() + ", stored "
                        + answers);
            }
        }
        assertThat(missing).as("acknowledged questionnaire page saves after kill -9").isEmpty();
    }

    /** Each founder who was told "welcome" signs in with the password chosen. */
    private static void checkSignUps(String base, Acknowledged acknowledged) {
        List<String> missing = acknowledged.signUps.stream()
                .filter(sent -> !new Visitor(base).signIn(sent.email(), sent.password()))
                .map(Acknowledged.SignUp::email).toList();
        assertThat(missing).as("acknowledged sign-ups that cannot sign in after kill -9").isEmpty();
    }

    /**
     * Each review shows at least its last acknowledged checkpoint (a later save in flight at the kill may
     * have been stored too, unacknowledged; that is allowed, an older one is not).
     */
    private static void checkReviews(String base, Acknowledged acknowledged) {
        Map<String, Integer> lastAcknowledged = new HashMap<>();
        acknowledged.reviewSaves.forEach(save -> lastAcknowledged.merge(save.token(), save.sequence(), Math::max));
        Visitor mentor = new Visitor(base);
        assertThat(mentor.signIn(MENTOR_EMAIL, MENTOR_PASSWORD)).as("mentor signs in after restart").isTrue();
        List<String> missing = new ArrayList<>();
        lastAcknowledged.forEach((token, sequence) -> {
            Matcher shown = CHECKPOINT.matcher(mentor.get("/mentor/reviews/" + token).body());
            int stored = shown.find() ? Integer.parseInt(shown.group(1)) : 0;
            if (stored < sequence) {
                missing.add(token + ": acknowledged checkpoint " + sequence + ", found " + stored);
            }
        });
        assertThat(missing).as("acknowledged review saves after kill -9").isEmpty();
    }

    /** Straight from the database, with Runway stopped: an audit entry for every sign-up and review save. */
    private void checkAudit(Acknowledged acknowledged) throws SQLException {
        try (Connection connection = database.get()) {
            List<String> missing = new ArrayList<>();
            for (Acknowledged.SignUp sent : acknowledged.signUps) {
                if (count(connection, "select count(*) from audit_event where action = 'SIGN_UP' and actor = ?",
                        sent.email()) != 1) {
                    missing.add("SIGN_UP " + sent.email());
                }
            }
            long reviewSaves = count(connection,
                    "select count(*) from audit_event where action = 'REVIEW_SAVED' and actor = ?", MENTOR_EMAIL);
            if (reviewSaves < acknowledged.reviewSaves.size()) {
                missing.add(reviewSaves + " REVIEW_SAVED entries for " + acknowledged.reviewSaves.size() + " saves");
            }
            assertThat(missing).as("audit entries of acknowledged writes after kill -9").isEmpty();
        }
    }

    private static long count(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Map<String, String> answers(JsonNode assessment) {
        Map<String, String> answers = new HashMap<>();
        assessment.get("answers").properties().forEach(e -> answers.put(e.getKey(), e.getValue().asString()));
        return answers;
    }

    static Connection open(String url, String user, String password) {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + url, e);
        }
    }

    static Path h2File(Path workDir) {
        return workDir.resolve("data").resolve("runway");
    }
}
