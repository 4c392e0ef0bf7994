package app.runway.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reload replaces the whole guide at once while readers are being served: every page a reader
 * gets is wholly the old guide or wholly the new one (an entry's title and its chapter's title, both
 * changed by the reload, never mixed), every answer is a 200, and once the reload has returned no
 * reader gets the old guide again, whatever pages were kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReloadUnderReadsTest {

    private static final Path FOLDER = TestGuides.copyOfBundled("runway-reload-reads");
    private static final String OLD_ENTRY = "Heavy compute demand and cost";
    private static final String NEW_ENTRY = "Compute bills that grow with every run";
    private static final String OLD_CHAPTER = "title: Challenges and risks";
    private static final String NEW_CHAPTER = "title: What can go wrong";
    private static final String PAGE = "/guide/risks/compute-cost?lang=en";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("runway.guide.location", FOLDER::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:reload-under-reads;DB_CLOSE_DELAY=-1");
    }

    @LocalServerPort
    int port;

    @Autowired
    GuideService guide;

    @AfterAll
    static void cleanUp() throws IOException {
        TestGuides.delete(FOLDER);
    }

    @Test
    void readersGetTheOldGuideOrTheNewOneNeverAMixAndNeverTheOldOneAfterTheReload() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String before = read(http);
        assertThat(before).contains(OLD_ENTRY, chapterTitle(OLD_CHAPTER));

        AtomicBoolean reloaded = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        ConcurrentLinkedQueue<String> faults = new ConcurrentLinkedQueue<>();
        ExecutorService readers = Executors.newFixedThreadPool(6);
        CountDownLatch started = new CountDownLatch(6);
        for (int i = 0; i < 6; i++) {
            readers.submit(() -> {
                started.countDown();
                while (!stop.get()) {
                    boolean after = reloaded.get();
                    String page;
                    try {
                        page = read(http);
                    } catch (Exception e) {
                        faults.add(e.toString());
                        return;
                    }
                    reads.incrementAndGet();
                    boolean oldGuide = page.contains(OLD_ENTRY) && page.contains(chapterTitle(OLD_CHAPTER));
                    boolean newGuide = page.contains(NEW_ENTRY) && page.contains(chapterTitle(NEW_CHAPTER));
                    if (!oldGuide && !newGuide) {
                        faults.add("a page mixing the two guides");
                    } else if (after && oldGuide) {
                        faults.add("the old guide after the reload had returned");
                    }
                }
            });
        }
        started.await();
        Thread.sleep(300);
        TestGuides.replaceInFile(FOLDER, "en/07-challenges.md", OLD_ENTRY, NEW_ENTRY);
        TestGuides.replaceInFile(FOLDER, "en/07-challenges.md", OLD_CHAPTER, NEW_CHAPTER);
        assertThat(guide.reload().changed()).isTrue();
        reloaded.set(true);
        Thread.sleep(500);
        stop.set(true);
        readers.shutdown();
        assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(faults).isEmpty();
        assertThat(reads.get()).isGreaterThan(20);
        assertThat(read(http)).contains(NEW_ENTRY, chapterTitle(NEW_CHAPTER)).doesNotContain(OLD_ENTRY);
    }

    private String read(HttpClient http) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + PAGE))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("answered " + response.statusCode());
        }
        return response.body();
    }

    /** How a chapter's title shows on one of its entries' pages: in the breadcrumb link. */
    private static String chapterTitle(String frontMatterLine) {
        return ">" + frontMatterLine.substring("title: ".length()) + "</a>";
    }
}
