package app.runway.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import app.runway.guide.load.InvalidGuideException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reloading a guide from an external folder: idempotent, atomic, and all-or-nothing. */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuideServiceTest {

    private static final Path FOLDER = TestGuides.copyOfBundled("runway-guide");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("runway.guide.location", FOLDER::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:guide-service;DB_CLOSE_DELAY=-1");
    }

    @Autowired
    GuideService service;

    @Autowired
    GuideSnapshots snapshots;

    @Autowired
    GuideRevisionRepository revisions;

    @BeforeEach
    void restoreTitle() throws IOException {
        replaceInFile("en/07-challenges.md", "## Heavy compute bills", "## Heavy compute demand and cost");
    }

    @Test
    @Order(0)
    void theStartLeavesTheSearchIndexToABackgroundThreadOnceReady() throws InterruptedException {
        // Built by the thread the ready event started, not by a search: no search has run in this context yet.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!snapshots.current().isSearchPrepared() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(snapshots.current().isSearchPrepared()).isTrue();
    }

    @Test
    @Order(1)
    void reloadingAnUnchangedGuideChangesNothing() {
        long before = revisions.findFirstByOrderByIdDesc().orElseThrow().getId();
        GuideService.ReloadResult result = service.reload();
        assertThat(result.changed()).isFalse();
        assertThat(revisions.findFirstByOrderByIdDesc().orElseThrow().getId()).isEqualTo(before);
        assertThat(snapshots.current().index(app.runway.guide.model.EntryKind.RISK, java.util.Map.of(), "en").total()).isEqualTo(26);
    }

    @Test
    @Order(2)
    void aChangedGuideReplacesTheOldOneAndKeepsIds() throws IOException {
        String before = service.currentHash().orElseThrow();
        replaceInFile("en/07-challenges.md", "## Heavy compute demand and cost", "## Heavy compute bills");
        GuideService.ReloadResult result = service.reload();
        assertThat(result.changed()).isTrue();
        // A reload builds the new revision's search index before readers see it: no reader waits for it.
        assertThat(snapshots.current().isSearchPrepared()).isTrue();
        assertThat(service.currentHash()).isNotEqualTo(java.util.Optional.of(before));
        assertThat(snapshots.current().entry(app.runway.guide.model.EntryKind.RISK, "compute-cost", "en").entry().title())
                .isEqualTo("Heavy compute bills");
        assertThat(snapshots.current().index(app.runway.guide.model.EntryKind.RISK, java.util.Map.of(), "en").total()).isEqualTo(26);
    }

    @Test
    @Order(3)
    void aBrokenGuideIsRefusedWithEveryProblemAndTheStoredGuideStays() throws IOException {
        String before = service.currentHash().orElseThrow();
        replaceInFile("en/08-pitfalls.md", "kind: pitfall", "kind: mistake");
        replaceInFile("en/07-challenges.md", "severity: high", "severity: extreme");
        try {
            assertThatThrownBy(service::reload).isInstanceOf(InvalidGuideException.class)
                    .satisfies(e -> {
                        var problems = ((InvalidGuideException) e).problems();
                        assertThat(problems).anyMatch(p -> p.path().endsWith("en/08-pitfalls.md")
                                && p.message().startsWith("unknown kind 'mistake'"));
                        assertThat(problems).anyMatch(p -> p.path().endsWith("en/07-challenges.md")
                                && p.message().contains("not 'extreme'"));
                    });
            assertThat(service.currentHash()).contains(before);
            assertThat(snapshots.current().entry(app.runway.guide.model.EntryKind.PITFALL, "single-product", "en")).isNotNull();
        } finally {
            replaceInFile("en/08-pitfalls.md", "kind: mistake", "kind: pitfall");
            replaceInFile("en/07-challenges.md", "severity: extreme", "severity: high");
        }
    }

    private static void replaceInFile(String relative, String from, String to) throws IOException {
        TestGuides.replaceInFile(FOLDER, relative, from, to);
    }


    @AfterAll
    static void cleanUp() throws IOException {
        TestGuides.delete(FOLDER);
    }
}
