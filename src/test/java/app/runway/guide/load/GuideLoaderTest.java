package app.runway.guide.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.runway.guide.model.EntryKind;
import app.runway.guide.model.Relation;
import org.junit.jupiter.api.Test;

/** A valid guide in two languages loads into chapters, entries, texts and links. */
class GuideLoaderTest {

    private final LoadedGuide guide = SampleGuide.files().load();

    private Map<String, LoadedGuide.Entry> entries() {
        return guide.entries().stream().collect(Collectors.toMap(LoadedGuide.Entry::id, Function.identity()));
    }

    private LoadedGuide.Chapter chapter(String id) {
        return guide.chapters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void ordersChaptersByTheirOrderKeyNotByFileName() {
        assertThat(guide.chapters())
                .extracting(LoadedGuide.Chapter::id, LoadedGuide.Chapter::position, LoadedGuide.Chapter::plain)
                .containsExactly(tuple("risks", 0, false), tuple("strategies", 1, false), tuple("cases", 2, false));
    }

    @Test
    void givesEveryChapterItsTitleSummaryAndSourceInBothLanguages() {
        LoadedGuide.Chapter risks = chapter("risks");

        assertThat(risks.texts()).containsOnlyKeys("en", "zh");
        assertThat(risks.texts().get("en"))
                .extracting(LoadedGuide.ChapterText::title, LoadedGuide.ChapterText::summary,
                        LoadedGuide.ChapterText::sourcePath)
                .containsExactly("Risks", "What can sink a startup.", "guide/en/a-risks.md");
        assertThat(risks.texts().get("zh"))
                .extracting(LoadedGuide.ChapterText::title, LoadedGuide.ChapterText::summary,
                        LoadedGuide.ChapterText::sourcePath)
                .containsExactly("风险", "什么会让创业公司失败。", "guide/zh/a-risks.md");
        assertThat(chapter("strategies").texts().get("en").summary()).isNull();
    }

    @Test
    void splitsAChapterIntoIntroPlainSectionsAndEntrySections() {
        List<LoadedGuide.Section> sections = chapter("risks").texts().get("en").sections();

        assertThat(sections)
                .extracting(LoadedGuide.Section::position, LoadedGuide.Section::anchor, LoadedGuide.Section::heading,
                        LoadedGuide.Section::entryId)
                .containsExactly(
                        tuple(0, null, null, null),
                        tuple(1, "section-1", "How to read this chapter", null),
                        tuple(2, "compute-cost", "Heavy compute cost", "compute-cost"),
                        tuple(3, "uncertain-demand", "Uncertain demand", "uncertain-demand"));
        assertThat(sections.get(1).html()).contains("<em>signs</em>", "<li>a first sign</li>");
        assertThat(sections.get(1).plainText()).contains("Each risk has signs to watch").doesNotContain("*");
        assertThat(sections.get(2).html()).as("an entry's body is stored on the entry").isEmpty();
    }

    @Test
    void loadsEntriesWithKindChapterAndReferenceFacts() {
        assertThat(guide.entries())
                .extracting(LoadedGuide.Entry::id, LoadedGuide.Entry::kind, LoadedGuide.Entry::chapterId,
                        LoadedGuide.Entry::position)
                .containsExactly(
                        tuple("compute-cost", EntryKind.RISK, "risks", 0),
                        tuple("uncertain-demand", EntryKind.RISK, "risks", 1),
                        tuple("cloud-credits", EntryKind.STRATEGY, "strategies", 2),
                        tuple("market-research", EntryKind.STRATEGY, "strategies", 3),
                        tuple("technology-dependence", EntryKind.PITFALL, "strategies", 4),
                        tuple("healthcare", EntryKind.INDUSTRY, "cases", 5),
                        tuple("acme", EntryKind.CASE, "cases", 6));

        Map<String, LoadedGuide.Entry> entries = entries();
        assertThat(entries.get("compute-cost"))
                .extracting(LoadedGuide.Entry::category, LoadedGuide.Entry::severity)
                .containsExactly("technical", "high");
        assertThat(entries.get("uncertain-demand"))
                .extracting(LoadedGuide.Entry::category, LoadedGuide.Entry::severity)
                .containsExactly("market", "medium");
        assertThat(entries.get("acme"))
                .extracting(LoadedGuide.Entry::country, LoadedGuide.Entry::founded, LoadedGuide.Entry::severity)
                .containsExactly("us", 2015, null);
        assertThat(entries.get("cloud-credits"))
                .extracting(LoadedGuide.Entry::category, LoadedGuide.Entry::country, LoadedGuide.Entry::founded)
                .containsExactly(null, null, null);
    }

    @Test
    void givesEveryEntryItsTitleSummaryAndBodyInBothLanguages() {
        LoadedGuide.Entry compute = entries().get("compute-cost");

        assertThat(compute.texts()).containsOnlyKeys("en", "zh");
        LoadedGuide.EntryText en = compute.texts().get("en");
        assertThat(en.title()).isEqualTo("Heavy compute cost");
        assertThat(en.summary()).isEqualTo("Training and serving models needs expensive hardware.");
        assertThat(en.bodyMarkdown()).isEqualTo("""
                Compute bills grow fast. See [cloud credits](@cloud-credits).

                ### Warning signs

                The bill doubles every month.""");
        assertThat(en.bodyHtml()).contains("<h3>Warning signs</h3>", "<p>The bill doubles every month.</p>");
        assertThat(en.plainText()).contains("Compute bills grow fast.", "Warning signs");
        LoadedGuide.EntryText zh = compute.texts().get("zh");
        assertThat(zh.title()).isEqualTo("高昂的算力成本");
        assertThat(zh.summary()).isEqualTo("训练和部署模型需要昂贵的硬件。");
        assertThat(zh.bodyHtml()).contains("<h3>预警信号</h3>");
        guide.entries().forEach(entry -> assertThat(entry.texts()).as(entry.id()).containsOnlyKeys("en", "zh"));
    }

    @Test
    void keepsCaseSuccessFactorsAndLessonsPerLanguage() {
        LoadedGuide.Entry acme = entries().get("acme");

        assertThat(acme.texts().get("en").successFactors())
                .containsExactly("Started from customer interviews", "Kept compute costs low");
        assertThat(acme.texts().get("en").lessons()).containsExactly("Check demand first");
        assertThat(acme.texts().get("zh").successFactors()).containsExactly("从客户访谈出发", "控制算力成本");
        assertThat(acme.texts().get("zh").lessons()).containsExactly("先确认需求");
        assertThat(entries().get("compute-cost").texts().get("en").lessons()).isEmpty();
    }

    @Test
    void producesEveryLinkOnceFromTheEnglishFile() {
        assertThat(guide.links())
                .extracting(LoadedGuide.Link::sourceId, LoadedGuide.Link::targetId, LoadedGuide.Link::relation)
                .containsExactlyInAnyOrder(
                        tuple("compute-cost", "uncertain-demand", Relation.RELATED),
                        tuple("cloud-credits", "compute-cost", Relation.MITIGATES),
                        tuple("market-research", "uncertain-demand", Relation.MITIGATES),
                        tuple("market-research", "cloud-credits", Relation.RELATED),
                        tuple("technology-dependence", "market-research", Relation.AVOIDED_BY),
                        tuple("technology-dependence", "uncertain-demand", Relation.LEADS_TO),
                        tuple("acme", "healthcare", Relation.IN_INDUSTRY),
                        tuple("acme", "cloud-credits", Relation.ILLUSTRATES),
                        tuple("acme", "market-research", Relation.ILLUSTRATES),
                        tuple("acme", "compute-cost", Relation.SHOWS_RISK));
    }

    @Test
    void rendersAtIdLinksToEntryAndChapterAddresses() {
        String intro = chapter("risks").texts().get("en").sections().get(0).html();
        assertThat(intro).contains("href=\"/guide/risks/compute-cost\"", "href=\"/guide/chapters/strategies\"")
                .doesNotContain("@");
        assertThat(entries().get("compute-cost").texts().get("en").bodyHtml())
                .contains("href=\"/guide/strategies/cloud-credits\"");
        assertThat(entries().get("acme").texts().get("en").bodyHtml())
                .contains("href=\"/guide/chapters/risks\"", "href=\"/guide/strategies/market-research\"");
        assertThat(entries().get("acme").texts().get("zh").bodyHtml()).contains("href=\"/guide/chapters/risks\"");
        assertThat(chapter("risks").texts().get("zh").sections().get(0).html())
                .contains("href=\"/guide/risks/compute-cost\"", "href=\"/guide/chapters/strategies\"");
    }

    @Test
    void takesReferenceFactsFromTheEnglishFileEvenWhenTheChineseFileNameSortsFirst() {
        // The file name only sorts files on disk: here the Chinese file of the chapter sorts before the English one.
        LoadedGuide renamed = GuideFiles.guide()
                .en("02-risks.md", SampleGuide.EN_RISKS).zh("01-risks.md", SampleGuide.ZH_RISKS)
                .en("c-strategies.md", SampleGuide.EN_STRATEGIES).zh("c-strategies.md", SampleGuide.ZH_STRATEGIES)
                .en("b-cases.md", SampleGuide.EN_CASES).zh("b-cases.md", SampleGuide.ZH_CASES)
                .load();

        LoadedGuide.Entry compute = renamed.entries().stream().filter(e -> e.id().equals("compute-cost"))
                .findFirst().orElseThrow();
        assertThat(compute.category()).isEqualTo("technical");
        assertThat(compute.severity()).isEqualTo("high");
        assertThat(renamed.links()).containsExactlyInAnyOrderElementsOf(guide.links());
    }

    @Test
    void hashesTheSameFilesTheSameWayInAnyOrder() {
        List<SourceFile> files = SampleGuide.files().files();
        List<SourceFile> shuffled = new ArrayList<>(files);
        Collections.reverse(shuffled);

        assertThat(guide.contentHash()).matches("[0-9a-f]{64}").isEqualTo(GuideLoader.hash(files));
        assertThat(new GuideLoader().load(shuffled).contentHash()).isEqualTo(guide.contentHash());
    }

    @Test
    void hashesDifferentlyWhenAFileChanges() {
        LoadedGuide changed = GuideFiles.guide()
                .en("a-risks.md", SampleGuide.EN_RISKS.replace("The bill doubles", "The bill triples"))
                .zh("a-risks.md", SampleGuide.ZH_RISKS)
                .en("b-cases.md", SampleGuide.EN_CASES).zh("b-cases.md", SampleGuide.ZH_CASES)
                .en("c-strategies.md", SampleGuide.EN_STRATEGIES).zh("c-strategies.md", SampleGuide.ZH_STRATEGIES)
                .load();

        assertThat(changed.contentHash()).isNotEqualTo(guide.contentHash());
    }

    @Test
    void readsWindowsLineEndingsAndAByteOrderMark() {
        LoadedGuide crlf = GuideFiles.guide()
                .en("a-risks.md", "\uFEFF" + SampleGuide.EN_RISKS.replace("\n", "\r\n")).zh("a-risks.md", SampleGuide.ZH_RISKS)
                .en("b-cases.md", SampleGuide.EN_CASES).zh("b-cases.md", SampleGuide.ZH_CASES)
                .en("c-strategies.md", SampleGuide.EN_STRATEGIES).zh("c-strategies.md", SampleGuide.ZH_STRATEGIES)
                .load();

        assertThat(crlf.entries()).extracting(LoadedGuide.Entry::id)
                .containsExactlyElementsOf(guide.entries().stream().map(LoadedGuide.Entry::id).toList());
        assertThat(crlf.links()).containsExactlyInAnyOrderElementsOf(guide.links());
    }
}
