package app.runway.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import app.runway.reliability.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guards as a client meets them, over real HTTP (the error dispatch that turns a refusal into a
 * page or a problem only happens in a real server). Each test comes from its own address, forwarded
 * by the trusted proxy that the test client is, so that buckets never mix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "runway.protection.sign-in.requests=3", "runway.protection.sign-in.per=1m",
        "runway.protection.sign-up.requests=2", "runway.protection.sign-up.per=1h",
        "runway.protection.anonymous-assessments.requests=3", "runway.protection.anonymous-assessments.per=10m",
        "runway.protection.password.requests=2", "runway.protection.password.per=10m",
        "runway.protection.api-per-account.requests=5", "runway.protection.api-per-account.per=1m",
        "runway.protection.invitations.requests=2", "runway.protection.invitations.per=1h",
        "runway.protection.trusted-proxies=127.0.0.1",
        "runway.protection.max-api-body=16KB", "runway.protection.max-form-body=64KB"})
@Import(ProtectionTest.FailingApi.class)
class ProtectionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final String ASSESSMENT = """
            {"profile": {"startupName": "Limited", "industry": "finance", "stage": "seed", "teamSize": 3},
             "answers": {}}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    // --- Rate limits ----------------------------------------------------------------------------------

    @Test
    void signInIsRefusedPerAddressWithRetryAfterAPageInTheReadersLanguageAndOneAuditEntryPerBurst() {
        String address = newAddress();
        Visitor attacker = visitor(address, "zh-CN");
        for (int i = 0; i < 3; i++) {
            assertThat(attacker.submit("/login", "/login", Map.of("username", "nobody@example.com",
                    "password", "wrong-password-" + i)).statusCode()).isEqualTo(302);
        }

        HttpResponse<String> refused = attacker.submit("/login", "/login",
                Map.of("username", "nobody@example.com", "password", "wrong-again"));
        HttpResponse<String> refusedAgain = attacker.submit("/login", "/login",
                Map.of("username", "nobody@example.com", "password", "wrong-again"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("尝试次数过多").doesNotContain("Exception");
        assertThat(refusedAgain.statusCode()).isEqualTo(429);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'RATE_LIMITED' "
                + "and target = 'sign-in' and detail like ?", Integer.class, "client " + address + ",%"))
                .as("one audit entry for the burst, not one per refusal").isEqualTo(1);
    }

    @Test
    void anotherAddressIsNotHeldBackByTheFirst() {
        Visitor first = visitor(newAddress(), "en");
        for (int i = 0; i < 4; i++) {
            first.postJson("/api/assessments", ASSESSMENT);
        }
        assertThat(visitor(newAddress(), "en").postJson("/api/assessments", ASSESSMENT).statusCode()).isEqualTo(201);
    }

    @Test
    void anonymousApiAssessmentsAreLimitedPerAddressWithAProblemDetail() {
        Visitor client = visitor(newAddress(), "en");
        for (int i = 0; i < 3; i++) {
            assertThat(client.postJson("/api/assessments", ASSESSMENT).statusCode()).isEqualTo(201);
        }

        HttpResponse<String> refused = client.postJson("/api/assessments?lang=zh", ASSESSMENT);

        assertProblem(refused, 429, "请求过多");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from assessment where startup_name = 'Limited'",
                Integer.class)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anonymousAssessmentsOnTheWebShareTheLimit() {
        Visitor founder = visitor(newAddress(), "en");
        Map<String, String> profile = Map.of("startupName", "Web limited", "industry", "finance", "stage", "seed",
                "teamSize", "3");
        for (int i = 0; i < 3; i++) {
            assertThat(founder.submit("/assessments/new", "/assessments/new", profile).statusCode()).isEqualTo(302);
        }
        HttpResponse<String> refused = founder.submit("/assessments/new", "/assessments/new", profile);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many attempts");
    }

    @Test
    void signUpIsLimitedPerAddress() {
        String address = newAddress();
        for (int i = 0; i < 2; i++) {
            assertThat(signUp(visitor(address, "en"), "limited-" + address + "-" + i).statusCode()).isEqualTo(302);
        }
        assertThat(signUp(visitor(address, "en"), "limited-" + address + "-x").statusCode()).isEqualTo(429);
    }

    @Test
    void passwordFormsAreLimitedPerAddress() {
        Visitor client = visitor(newAddress(), "en");
        client.get("/login");
        for (int i = 0; i < 2; i++) {
            // Not signed in: sent to sign in, but the attempt counts.
            assertThat(client.post("/admin/users/1/password", Map.of("password", "x")).statusCode()).isEqualTo(302);
        }
        assertThat(client.post("/admin/users/1/password", Map.of("password", "x")).statusCode()).isEqualTo(429);
    }

    @Test
    void theApiIsLimitedPerSignedInAccountWhateverTheAddress() {
        String address = newAddress();
        Visitor founder = visitor(address, "en");
        assertThat(signUp(founder, "api-" + address).statusCode()).isEqualTo(302);
        for (int i = 0; i < 5; i++) {
            assertThat(founder.get("/api/questionnaire").statusCode()).isEqualTo(200);
        }
        assertProblem(founder.get("/api/questionnaire"), 429, "Too many requests");
        assertThat(visitor(newAddress(), "en").get("/api/questionnaire").statusCode())
                .as("anonymous reading is not limited").isEqualTo(200);
    }

    @Test
    void invitationsWhichSendMailAreLimitedPerSignedInAccount() {
        Visitor someone = visitor(newAddress(), "en");
        assertThat(signUp(someone, "invites-" + System.nanoTime()).statusCode()).isEqualTo(302);
        someone.get("/me");
        for (int i = 0; i < 2; i++) {
            // A founder may not invite at all (403), but the attempt counts, as for a mentor who may.
            assertThat(someone.post("/mentor/programmes/1/invitations", Map.of("email", "x@example.com"))
                    .statusCode()).isEqualTo(403);
        }
        assertThat(someone.post("/mentor/programmes/1/join-links", Map.of()).statusCode()).isEqualTo(429);
    }

    // --- Size limits ----------------------------------------------------------------------------------

    @Test
    void anApiBodyOverTheLimitIsRefusedWith413() {
        String big = ASSESSMENT.replace("\"Limited\"", "\"" + "x".repeat(20_000) + "\"");
        assertProblem(visitor(newAddress(), "en").postJson("/api/assessments", big), 413, "Request too large");
    }

    @Test
    void anApiBodySentWithoutALengthIsStoppedAtTheLimit() {
        String big = ASSESSMENT.replace("\"Limited\"", "\"" + "x".repeat(20_000) + "\"");
        Visitor client = visitor(newAddress(), "en");
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(client.uri("/api/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))));
        assertProblem(refused, 413, "Request too large");
    }

    @Test
    void aFormOverTheLimitGetsAPage() {
        Visitor founder = visitor(newAddress(), "en");
        HttpResponse<String> refused = founder.submit("/signup", "/signup", Map.of("email", "big@example.com",
                "displayName", "x".repeat(70_000), "password", "Big-enough-1"));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("What you sent is too large");
    }

    @Test
    void aProblemListsTheFirst20FaultsAndSaysHowManyThereWere() {
        String answers = IntStream.range(0, 500).mapToObj(i -> "\"no-such-question-" + i + "\": \"x\"")
                .collect(Collectors.joining(", "));
        HttpResponse<String> refused = visitor(newAddress(), "en").postJson("/api/assessments",
                ASSESSMENT.replace("\"answers\": {}", "\"answers\": {" + answers + "}"));
        JsonNode problem = assertProblem(refused, 400, "Invalid request");
        assertThat(problem.get("errors").size()).isEqualTo(20);
        assertThat(problem.get("errorCount").asInt()).isEqualTo(500);
    }

    // --- Problem details for every error under /api ---------------------------------------------------

    @Test
    void unknownApiPathIsAProblemInTheCallersLanguage() {
        assertProblem(visitor(newAddress(), "en").get("/api/no-such-thing"), 404, "Not found");
        assertProblem(visitor(newAddress(), "zh-CN,zh;q=0.9").get("/api/no-such-thing"), 404, "未找到");
        assertProblem(visitor(newAddress(), "en").get("/api/no-such-thing?lang=zh"), 404, "未找到");
    }

    @Test
    void wrongMethodIsAProblem() {
        Visitor client = visitor(newAddress(), "en");
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(client.uri("/api/assessments"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(ASSESSMENT)));
        assertProblem(refused, 405, "Method not allowed");
    }

    @Test
    void unacceptableMediaTypeIsAProblem() {
        Visitor client = visitor(newAddress(), "en");
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(client.uri("/api/questionnaire"))
                .header("Accept", "text/csv").GET());
        assertProblem(refused, 406, "Not acceptable");
    }

    @Test
    void unsupportedMediaTypeIsAProblem() {
        Visitor client = visitor(newAddress(), "en");
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(client.uri("/api/assessments"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(ASSESSMENT)));
        assertProblem(refused, 415, "Unsupported media type");
    }

    @Test
    void aFailureIsAProblemWithoutInternals() {
        HttpResponse<String> failed = visitor(newAddress(), "en").get("/api/test-failure");
        assertProblem(failed, 500, "Server error");
        assertThat(failed.body()).doesNotContain("secret-detail").doesNotContain("Exception")
                .doesNotContain("at app.");
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isEqualTo(title);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    private HttpResponse<String> signUp(Visitor visitor, String name) {
        return visitor.submit("/signup", "/signup", Map.of("email", name + "@limits.test", "displayName", "Founder",
                "password", "Limits-tested-1"));
    }

    private Visitor visitor(String address, String language) {
        return new Visitor("http://127.0.0.1:" + port, Map.of("X-Forwarded-For", address, "Accept-Language",
                language));
    }

    private static String newAddress() {
        return "198.51.100." + ADDRESSES.getAndIncrement();
    }

    @TestConfiguration
    @RestController
    static class FailingApi {

        @GetMapping("/api/test-failure")
        String fail() {
            throw new IllegalStateException("secret-detail");
        }
    }
}
