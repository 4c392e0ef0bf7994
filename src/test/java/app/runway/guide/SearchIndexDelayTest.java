package app.runway.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A start leaves the search index for later ({@code runway.guide.search-index-delay}, here longer than the
 * test), and a search that comes first builds it itself. That the background build does come is
 * {@link GuideServiceTest}'s first test.
 */
@SpringBootTest(properties = {"runway.guide.search-index-delay=1h",
        "spring.datasource.url=jdbc:h2:mem:search-index-delay;DB_CLOSE_DELAY=-1"})
class SearchIndexDelayTest {

    @Autowired
    GuideSnapshots snapshots;

    @Test
    void aSearchBeforeTheDelayIsOverBuildsTheIndexItself() {
        GuideSnapshot snapshot = snapshots.current();
        assertThat(snapshot.isSearchPrepared()).as("built during the start").isFalse();

        assertThat(snapshot.search("data", "en")).isNotEmpty();
        assertThat(snapshot.search("数据", "zh")).isNotEmpty();
        assertThat(snapshot.isSearchPrepared()).isTrue();
    }
}
