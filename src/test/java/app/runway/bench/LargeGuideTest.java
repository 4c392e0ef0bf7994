package app.runway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.runway.guide.load.GuideLoader;
import app.runway.guide.load.LoadedGuide;
import app.runway.guide.load.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 20-fold guide of {@link GuideLoadBenchmark} is a valid guide with 20 times the content. Times nothing. */
class LargeGuideTest {

    private static LoadedGuide bundled;
    private static LoadedGuide large;

    @BeforeAll
    static void load() {
        List<SourceFile> files = LargeGuide.bundled();
        GuideLoader loader = new GuideLoader();
        bundled = loader.load(files);
        large = loader.load(LargeGuide.copies(files, GuideLoadBenchmark.COPIES));
    }

    @Test
    void loadsWithTwentyTimesTheChaptersEntriesAndLinks() {
        int n = GuideLoadBenchmark.COPIES;
        assertThat(bundled.entries()).hasSizeGreaterThan(100);
        assertThat(large.entries()).hasSize(n * bundled.entries().size());
        assertThat(large.chapters()).hasSize(n * bundled.chapters().size());
        assertThat(large.links()).hasSize(n * bundled.links().size());
    }

    @Test
    void everyCopyHasEveryIdWithItsSuffixAndLinksStayInsideTheirCopy() {
        Set<String> expected = bundled.entries().stream().map(LoadedGuide.Entry::id)
                .flatMap(id -> java.util.stream.IntStream.rangeClosed(1, GuideLoadBenchmark.COPIES)
                        .mapToObj(n -> id + "-" + n))
                .collect(Collectors.toSet());
        assertThat(large.entries()).extracting(LoadedGuide.Entry::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(large.links()).allSatisfy(link -> assertThat(suffix(link.sourceId()))
                .isEqualTo(suffix(link.targetId())));
    }

    @Test
    void rendersTheAtLinksOfACopyToTheCopysPages() {
        LoadedGuide.EntryText text = large.entries().stream().filter(e -> e.id().equals("technology-dependence-7"))
                .findFirst().orElseThrow().texts().get("en");
        assertThat(text.bodyHtml()).contains("/guide/strategies/market-research-7\"");
    }

    @Test
    void suffixesIdsInBlockListsToo() {
        String box = """
                ---
                id: c
                order: 1
                title: C
                ---

                ## S

                ```entry
                id: s
                kind: strategy
                summary: A [link](@not-in-box).
                mitigates:
                  - r1
                  - r2
                related: [x, "y"]
                ```

                See [r](@r1) and [chapter](@c#part).
                """;
        assertThat(LargeGuide.rewrite(box, "-3")).contains("id: c-3\n", "id: s-3\n", "  - r1-3\n", "  - r2-3\n",
                "related: [x-3, \"y-3\"]", "summary: A [link](@not-in-box).", "[r](@r1-3)", "(@c-3#part)",
                "order: 1\n");
    }

    private static String suffix(String id) {
        return id.substring(id.lastIndexOf('-'));
    }
}
