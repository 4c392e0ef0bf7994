package app.runway.reliability;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Founders and a mentor writing at the same time, each on its own thread and session, until the
 * server goes away. Each writer records a write in {@link Acknowledged} only once the server said it
 * was done; whatever happens to a request in flight when the process dies is not counted.
 */
final class WriteLoad implements AutoCloseable {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]*)\"");
    private static final Pattern DIMENSION_PATH = Pattern.compile("/assessments/([^/]+)/dimensions/([^/?#]+)");

    private final String base;
    private final Questionnaire questionnaire;
    private final Acknowledged acknowledged = new Acknowledged();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger counter = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    WriteLoad(String base, Questionnaire questionnaire) {
        this.base = base;
        this.questionnaire = questionnaire;
    }

    Acknowledged acknowledged() {
        return acknowledged;
    }

    WriteLoad apiSubmitters(int count) {
        return repeat(count, this::submitThroughApi);
    }

    WriteLoad pageSavers(int count) {
        return repeat(count, this::answerPageByPage);
    }

    WriteLoad signUps(int count) {
        return repeat(count, this::signUp);
    }

    /** One mentor saving the reviews of {@code tokens} in turn, each save with a higher checkpoint. */
    WriteLoad reviewer(String mentorEmail, String mentorPassword, List<String> tokens) {
        Visitor mentor = new Visitor(base);
        if (!mentor.signIn(mentorEmail, mentorPassword)) {
            throw new IllegalStateException("mentor could not sign in");
        }
        AtomicInteger sequence = new AtomicInteger();
        threads.submit(() -> untilStopped(() -> {
            String token = tokens.get(sequence.get() % tokens.size());
            int checkpoint = sequence.incrementAndGet();
            String page = mentor.get("/mentor/reviews/" + token).body();
            Matcher version = VERSION.matcher(page);
            String expected = version.find() ? version.group(1) : "";
            HttpResponse<String> saved = mentor.post("/mentor/reviews/" + token,
                    Map.of("version", expected, "overall", "checkpoint-" + checkpoint, "action", "save"));
            if (saved.statusCode() == 302) {
                acknowledged.reviewSaves.add(new Acknowledged.ReviewSave(token, checkpoint));
            }
        }));
        return this;
    }

    /** Stops the writers (the server is gone by then, so they are failing anyway). */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
    }

    private void submitThroughApi() {
        String name = "api-" + counter.incrementAndGet();
        HttpResponse<String> created = new Visitor(base).postJson("/api/assessments", questionnaire.submission(name));
        if (created.statusCode() == 201) {
            String token = Questionnaire.JSON.readTree(created.body()).get("token").asString();
            acknowledged.submissions.add(new Acknowledged.ApiSubmission(token, name,
                    questionnaire.everyQuestionAnswered()));
        }
    }

    /** Starts an assessment on the web and saves its pages one after another, as a founder does. */
    private void answerPageByPage() {
        Visitor founder = new Visitor(base);
        HttpResponse<String> started = founder.submit("/assessments/new", "/assessments/new",
                Map.of("startupName", "web-" + counter.incrementAndGet(), "industry", questionnaire.industry(),
                        "stage", "seed", "teamSize", "5"));
        String next = Visitor.location(started);
        while (running.get() && started.statusCode() == 302) {
            Matcher path = DIMENSION_PATH.matcher(next);
            if (!path.find()) {
                return; // the last page led to the report, or elsewhere: this founder is done
            }
            Map<String, String> answers = Visitor.firstOptions(founder.get(path.group()).body());
            Map<String, String> form = new LinkedHashMap<>();
            answers.forEach((question, option) -> form.put("answers[" + question + "]", option));
            form.put("action", "next");
            HttpResponse<String> saved = founder.post(path.group(), form);
            if (saved.statusCode() != 302) {
                return;
            }
            acknowledged.pageSaves.add(new Acknowledged.PageSave(path.group(1), path.group(2), answers));
            next = Visitor.location(saved);
        }
    }

    private void signUp() {
        String email = "founder-" + counter.incrementAndGet() + "@kill-nine.test";
        String password = "Survives-kill-" + counter.get();
        HttpResponse<String> signedUp = new Visitor(base).submit("/signup", "/signup",
                Map.of("email", email, "displayName", "Founder " + counter.get(), "password", password));
        if (signedUp.statusCode() == 302 && Visitor.location(signedUp).endsWith("/me")) {
            acknowledged.signUps.add(new Acknowledged.SignUp(email, password));
        }
    }

    private WriteLoad repeat(int count, Runnable write) {
        for (int i = 0; i < count; i++) {
            threads.submit(() -> untilStopped(write));
        }
        return this;
    }

    private void untilStopped(Runnable write) {
        while (running.get()) {
            try {
                write.run();
            } catch (RuntimeException serverGone) {
                if (!running.get()) {
                    return;
                }
                // The process was killed under this request: no answer, so nothing acknowledged.
                sleepBriefly();
            }
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
