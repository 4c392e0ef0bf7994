package app.runway.reliability;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded mixed load on a running Runway (scripts/soak.sh starts it): readers browsing and
 * searching the guide, founders answering the questionnaire page by page to the report, API clients
 * sending assessments, and a mentor saving reviews, for a set time. Each virtual person comes from an
 * address of its own (X-Forwarded-For through the trusted proxy on 127.0.0.1), so the default rate
 * limits apply as to real people. Prints requests, 5xx, 429 and latency percentiles per kind.
 *
 * <pre>java -cp ... app.runway.reliability.Soak http://127.0.0.1:PORT SECONDS</pre>
 */
public final class Soak {

    private static final Pattern DIMENSION = Pattern.compile("/assessments/[^/]+/dimensions/[^/?#]+");
    private static final Pattern RADIO = Pattern.compile("name=\"answers\\[([^\\]]+)\\]\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]*)\"");
    private static final List<String> READING = List.of("/", "/guide", "/guide/chapters/strategy", "/guide/risks",
            "/guide/risks/compute-cost", "/guide/cases", "/guide/search?q=data", "/guide/search?q=%E9%9A%90%E7%A7%81",
            "/guide/chapters/strategy?lang=zh", "/guide/risks/compute-cost?lang=zh");

    private final String base;
    private final long until;
    private final AtomicInteger people = new AtomicInteger(1);
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> serverErrors = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();

    private Soak(String base, Duration length) {
        this.base = base;
        this.until = System.nanoTime() + length.toNanos();
    }

    public static void main(String[] args) throws Exception {
        Soak soak = new Soak(args[0], Duration.ofSeconds(Long.parseLong(args[1])));
        soak.run();
    }

    private void run() throws InterruptedException {
        Questionnaire questionnaire = new Questionnaire(new Visitor(base).get("/api/questionnaire").body());
        List<String> reviews = KillNineScenario.reviewsInProgress(base, questionnaire);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 4; i++) {
            threads.submit(() -> loop(this::read));
        }
        threads.submit(() -> loop(this::answer));
        threads.submit(() -> loop(this::answer));
        threads.submit(() -> loop(() -> submit(questionnaire)));
        threads.submit(() -> review(reviews));
        threads.shutdown();
        threads.awaitTermination(1, TimeUnit.DAYS);
        report();
    }

    private void read() {
        Visitor reader = person();
        for (String page : READING) {
            timed("read", () -> reader.get(page));
        }
    }

    /** A founder from the profile to the report, one page at a time, then a look at the report. */
    private void answer() {
        Visitor founder = person();
        HttpResponse<String> started = timed("answer", () -> founder.submit("/assessments/new", "/assessments/new",
                Map.of("startupName", "Soak " + people.get(), "industry", "finance", "stage", "seed", "teamSize", "4")));
        String next = Visitor.location(started);
        while (running()) {
            Matcher page = DIMENSION.matcher(next);
            if (!page.find()) {
                String report = next; // after "finish": the report
                if (!report.isEmpty()) {
                    timed("answer", () -> founder.get(report));
                }
                return;
            }
            String path = page.group();
            String form = timed("answer", () -> founder.get(path)).body();
            Map<String, String> answers = new LinkedHashMap<>();
            Matcher radio = RADIO.matcher(form);
            while (radio.find()) {
                answers.putIfAbsent("answers[" + radio.group(1) + "]", radio.group(2));
            }
            answers.put("action", form.contains("value=\"finish\"") ? "finish" : "next");
            HttpResponse<String> saved = timed("answer", () -> founder.post(path, answers));
            if (saved.statusCode() != 302) {
                return;
            }
            next = Visitor.location(saved);
        }
    }

    private void submit(Questionnaire questionnaire) {
        Visitor client = person();
        timed("api", () -> client.postJson("/api/assessments", questionnaire.submission("Soak API")));
        sleep(200); // an integration, not a flood: about 5 a second
    }

    private void review(List<String> tokens) {
        Visitor mentor = person();
        mentor.signIn(KillNineScenario.MENTOR_EMAIL, KillNineScenario.MENTOR_PASSWORD);
        int checkpoint = 0;
        while (running()) {
            String token = tokens.get(checkpoint % tokens.size());
            String page = timed("review", () -> mentor.get("/mentor/reviews/" + token)).body();
            Matcher version = VERSION.matcher(page);
            String expected = version.find() ? version.group(1) : "";
            int seq = ++checkpoint;
            timed("review", () -> mentor.post("/mentor/reviews/" + token,
                    Map.of("version", expected, "overall", "soak checkpoint " + seq, "action", "save")));
            sleep(500); // a mentor typing
        }
    }

    private Visitor person() {
        int n = people.getAndIncrement();
        return new Visitor(base, Map.of("X-Forwarded-For", "198.18." + (n / 250) + "." + (1 + n % 250),
                "Accept-Language", n % 2 == 0 ? "en" : "zh-CN"));
    }

    private HttpResponse<String> timed(String kind, Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
        if (response.statusCode() >= 500) {
            serverErrors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        } else if (response.statusCode() == 429) {
            refused.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
        return response;
    }

    private void loop(Runnable work) {
        while (running()) {
            try {
                work.run();
            } catch (RuntimeException e) {
                serverErrors.computeIfAbsent("transport", k -> new LongAdder()).increment();
                System.err.println("soak: " + e);
            }
        }
    }

    private boolean running() {
        return System.nanoTime() < until;
    }

    private void report() {
        System.out.println("| kind | requests | 5xx | 429 | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        long total5xx = 0;
        for (String kind : List.of("read", "answer", "api", "review", "transport")) {
            List<Long> sorted = new ArrayList<>(latencies.getOrDefault(kind, new ConcurrentLinkedQueue<>()));
            long errors = serverErrors.getOrDefault(kind, new LongAdder()).sum();
            total5xx += errors;
            if (sorted.isEmpty() && errors == 0) {
                continue;
            }
            sorted.sort(null);
            System.out.printf("| %s | %d | %d | %d | %s | %s | %s |%n", kind, sorted.size(), errors,
                    refused.getOrDefault(kind, new LongAdder()).sum(), ms(sorted, 0.50), ms(sorted, 0.99),
                    ms(sorted, 1.0));
        }
        System.out.println("SOAK-5XX " + total5xx);
    }

    private static String ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return String.format("%.1f", sorted.get(Math.max(0, index)) / 1e6);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
