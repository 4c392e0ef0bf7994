package app.runway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import app.runway.account.AccountService;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.scoring.Profile;
import app.runway.questionnaire.Stage;
import app.runway.reliability.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Kept pages as a browser gets them over HTTP from the real server: a strong ETag and a 304 on a
 * repeated visit, gzip chosen by Accept-Encoding (and the same page once unzipped), no session for a
 * reader without an account, and for a signed-in founder their own header whose sign-out form works.
 */
// Sessions in the database, as in production (the test configuration leaves them out for MockMvc).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
class ServedPagesTest {

    private static final String CHAPTER = "/guide/chapters/strategy";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRepeatedVisitIsA304WithoutABody() throws Exception {
        HttpResponse<byte[]> first = send(HttpRequest.newBuilder(uri(CHAPTER)));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(first.headers().firstValue("Set-Cookie")).as("no session for reading").isEmpty();
        assertThat(first.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<byte[]> again = send(HttpRequest.newBuilder(uri(CHAPTER)).header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);

        HttpResponse<byte[]> other = send(HttpRequest.newBuilder(uri("/guide/chapters/challenges"))
                .header("If-None-Match", etag));
        assertThat(other.statusCode()).as("another page is not the one cached").isEqualTo(200);
    }

    @Test
    void gzipIsSentToWhoeverAsksForItAndUnzipsToTheSamePage() throws Exception {
        HttpResponse<byte[]> plain = send(HttpRequest.newBuilder(uri(CHAPTER)));
        HttpResponse<byte[]> zipped = send(HttpRequest.newBuilder(uri(CHAPTER)).header("Accept-Encoding", "br, gzip"));
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
        assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
        assertThat(zipped.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
        assertThat(zipped.headers().allValues("Vary").toString()).containsIgnoringCase("Accept-Encoding");

        HttpResponse<byte[]> refused = send(HttpRequest.newBuilder(uri(CHAPTER))
                .header("Accept-Encoding", "gzip;q=0, identity"));
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(plain.body());
    }

    @Test
    void styleSheetsAreLinkedUnderAddressesThatChangeWithThemAndKeptForAYear() throws Exception {
        String page = new String(send(HttpRequest.newBuilder(uri("/guide"))).body(), StandardCharsets.UTF_8);
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/runway-[0-9a-f]{32}\\.css)\"")
                .matcher(page);
        assertThat(css.find()).as("a fingerprinted style sheet in " + page.substring(0, 900)).isTrue();
        java.util.regex.Matcher webjar = java.util.regex.Pattern.compile("href=\"(/webjars/bootstrap/[0-9.]+/[^\"]+)\"")
                .matcher(page);
        assertThat(webjar.find()).isTrue();
        for (String asset : List.of(css.group(1), webjar.group(1))) {
            HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri(asset)));
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(asset)
                    .contains("max-age=31536000").contains("public");
        }
    }

    @Test
    void aReportLeavesItsCookieForTheGuidesPagesBeforeItsBytesAreSent() throws Exception {
        String token = assessments.submit(new Profile("Cookie Lab", "finance", Stage.SEED, 3), Map.of()).getToken();
        HttpResponse<byte[]> report = send(HttpRequest.newBuilder(uri("/assessments/" + token + "/report")));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("runway-report=" + token).contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(report.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
        assertThat(report.headers().firstValue("Cache-Control")).as("only the link holder's browser may keep it")
                .contains("private, no-cache");
    }

    @Test
    void signingOutForgetsTheReportReadBefore() {
        String email = "forget-" + System.nanoTime() + "@example.com";
        accounts.signUp(email, "Forgetful", "Forget-the-report-1");
        Visitor founder = new Visitor("http://localhost:" + port);
        assertThat(founder.signIn(email, "Forget-the-report-1")).isTrue();
        founder.get("/guide?lang=en");
        HttpResponse<String> signedOut = founder.post("/logout", Map.of());
        assertThat(signedOut.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("runway-report=;").contains("Expires=Thu, 01 Jan 1970"));
    }

    @Test
    void aSignedInReaderGetsTheirOwnBytesGzippedAndAWeirdAcceptEncodingIsNoError() throws Exception {
        String email = "zip-" + System.nanoTime() + "@example.com";
        accounts.signUp(email, "Zipped", "Zipped-pages-1");
        Visitor founder = new Visitor("http://localhost:" + port);
        assertThat(founder.signIn(email, "Zipped-pages-1")).isTrue();
        HttpResponse<String> zipped = founder.send(HttpRequest.newBuilder(founder.uri(CHAPTER))
                .header("Accept-Encoding", "gzip"));
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");

        HttpResponse<byte[]> odd = send(HttpRequest.newBuilder(uri(CHAPTER)).header("Accept-Encoding", "gzip;q=x"));
        assertThat(odd.statusCode()).isEqualTo(200);
        assertThat(odd.headers().firstValue("Content-Encoding")).isEmpty();
        HttpResponse<byte[]> anyButGzip = send(HttpRequest.newBuilder(uri(CHAPTER))
                .header("Accept-Encoding", "*;q=0, gzip"));
        assertThat(anyButGzip.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void aHeadRequestHasTheHeadersAndNoBody() throws Exception {
        HttpResponse<byte[]> head = send(HttpRequest.newBuilder(uri(CHAPTER))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void aSignedInFounderGetsTheirOwnHeaderAndItsSignOutFormWorks() throws Exception {
        String email = "pages-" + System.nanoTime() + "@example.com";
        accounts.signUp(email, "Page Reader", "Reading-pages-1");
        Visitor founder = new Visitor("http://localhost:" + port);
        assertThat(founder.signIn(email, "Reading-pages-1")).isTrue();

        HttpResponse<String> page = founder.get(CHAPTER + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).contains("private, no-cache");
        assertThat(page.body()).contains("href=\"/me\"", "action=\"/logout\"").doesNotContain("href=\"/login\"");

        String etag = page.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = founder.send(HttpRequest.newBuilder(founder.uri(CHAPTER + "?lang=en"))
                .header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);

        HttpResponse<String> signedOut = founder.post("/logout", Map.of());
        assertThat(Visitor.location(signedOut)).endsWith("/?signedOut");
        assertThat(founder.get(CHAPTER + "?lang=en").body()).contains("href=\"/login\"").doesNotContain("action=\"/logout\"");
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static byte[] gunzip(byte[] zipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }
}
