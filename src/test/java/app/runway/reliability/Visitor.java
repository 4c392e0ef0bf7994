package app.runway.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser, as far as the server can tell: its own cookies (so its own session), no
 * JavaScript, redirects not followed so that each answer can be checked. Forms are posted with the
 * CSRF token of the page last read, as a browser would send the form it shows.
 */
public final class Visitor {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern RADIO = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>");
    private static final Pattern RADIO_NAME = Pattern.compile("name=\"answers\\[([^\\]]+)\\]\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final String base;
    private final Map<String, String> headers;
    private final HttpClient client;
    private String csrf;

    public Visitor(String base) {
        this(base, Map.of());
    }

    /** @param headers sent with every request, such as {@code Accept-Language} or {@code X-Forwarded-For} */
    public Visitor(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = Map.copyOf(headers);
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Reads {@code formPage} for its CSRF token, then posts the form. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        get(formPage);
        return post(action, fields);
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Signs in through the form; true when the server answered with the start page of a signed-in user. */
    public boolean signIn(String email, String password) {
        HttpResponse<String> response = submit("/login", "/login", Map.of("username", email, "password", password));
        return response.statusCode() == 302 && !location(response).contains("/login");
    }

    /** The first option of every radio question on a questionnaire page, by question id: a quick way through. */
    public static Map<String, String> firstOptions(String page) {
        Map<String, String> answers = new LinkedHashMap<>();
        Matcher radio = RADIO.matcher(page);
        while (radio.find()) {
            Matcher name = RADIO_NAME.matcher(radio.group());
            Matcher value = VALUE.matcher(radio.group());
            if (name.find() && value.find()) {
                answers.putIfAbsent(name.group(1), value.group(1));
            }
        }
        return answers;
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** Any request, with this visitor's cookies and headers. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        if (built.headers().firstValue("Accept").isEmpty()) {
            // What a browser asks for, so that errors come as pages, as a person would see them.
            built = HttpRequest.newBuilder(built, (name, value) -> true).header("Accept", BROWSER_ACCEPT).build();
        }
        try {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
