package app.runway.guide;

import static org.assertj.core.api.Assertions.assertThat;

import app.runway.guide.load.GuideLoader;
import org.junit.jupiter.api.Test;

/** What a snapshot leaves for later: its search index, built by the first search, once. */
class GuideSnapshotTest {

    @Test
    void theSearchIndexIsBuiltByTheFirstSearchAndKept() {
        GuideSnapshot snapshot = GuideSnapshot.of(new GuideLoader().load(TestGuides.bundled()));
        assertThat(snapshot.isSearchPrepared()).isFalse();

        assertThat(snapshot.search("data", "en")).isNotEmpty();
        assertThat(snapshot.isSearchPrepared()).isTrue();
        assertThat(snapshot.search("数据", "zh")).isNotEmpty();
    }
}
