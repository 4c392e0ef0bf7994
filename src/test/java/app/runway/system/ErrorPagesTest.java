package app.runway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person who hits an error sees a friendly page in their language, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTest.Failing.class)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void unknownEntryAnswersAFriendlyNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/guide/risks/no-such-risk?lang=en");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("href=\"/guide\"")
                .doesNotContain("Whitelabel");
    }

    @Test
    void notFoundPageSpeaksChinese() throws Exception {
        HttpResponse<String> response = get("/guide/chapters/nope?lang=zh");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("页面不存在");
    }

    @Test
    void serverErrorShowsNoExceptionDetail() throws Exception {
        HttpResponse<String> response = get("/test-failure");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong on our side")
                .doesNotContain("secret-detail").doesNotContain("Exception").doesNotContain("Whitelabel");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @TestConfiguration
    @RestController
    static class Failing {

        @GetMapping("/test-failure")
        String fail() {
            throw new IllegalStateException("secret-detail");
        }
    }
}
