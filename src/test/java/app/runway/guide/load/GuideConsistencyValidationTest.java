package app.runway.guide.load;

import static app.runway.guide.load.TestChapters.EN_NOTES;
import static app.runway.guide.load.TestChapters.EN_RISKS;
import static app.runway.guide.load.TestChapters.ZH_NOTES;
import static app.runway.guide.load.TestChapters.ZH_RISKS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checks across files: unique ids, links that resolve to the right kind, and the same guide in every language. */
class GuideConsistencyValidationTest {

    /** A notes chapter (both languages) holding one entry box, whose heading is on line 7. */
    private static String notesWith(String title, String box) {
        return EN_NOTES.replace("Some notes.\n", "## " + title + "\n\n```entry\n" + box + "```\n\nBody.\n");
    }

    private static String zhNotesWith(String title, String box) {
        return ZH_NOTES.replace("一些笔记。\n", "## " + title + "\n\n```entry\n" + box + "```\n\n正文。\n");
    }

    @Test
    void rejectsTheSameEntryIdTwice() {
        String box = """
                id: compute-cost
                kind: industry
                summary: Again.
                """;
        assertThat(TestChapters.risks().en("02-notes.md", notesWith("Compute again", box))
                .zh("02-notes.md", zhNotesWith("再谈算力", box)).problems()).containsExactly(
                "guide/en/02-notes.md:7: duplicate id 'compute-cost' (first used at guide/en/01-risks.md:7)",
                "guide/zh/02-notes.md:7: duplicate id 'compute-cost' (first used at guide/zh/01-risks.md:7)");
    }

    @Test
    void rejectsAChapterIdThatAnEntryAlreadyUses() {
        assertThat(TestChapters.risks()
                .en("02-notes.md", EN_NOTES.replace("id: notes", "id: compute-cost"))
                .zh("02-notes.md", ZH_NOTES.replace("id: notes", "id: compute-cost")).problems()).containsExactly(
                "guide/en/02-notes.md:2: duplicate id 'compute-cost' (first used at guide/en/01-risks.md:7)",
                "guide/zh/02-notes.md:2: duplicate id 'compute-cost' (first used at guide/zh/01-risks.md:7)");
    }

    @Test
    void rejectsTheSameChapterIdTwice() {
        assertThat(TestChapters.risks()
                .en("02-notes.md", EN_NOTES.replace("id: notes", "id: risks"))
                .zh("02-notes.md", ZH_NOTES.replace("id: notes", "id: risks")).problems()).containsExactly(
                "guide/en/02-notes.md:2: duplicate id 'risks' (first used at guide/en/01-risks.md:2)",
                "guide/zh/02-notes.md:2: duplicate id 'risks' (first used at guide/zh/01-risks.md:2)");
    }

    @Test
    void rejectsALinkKeyToAnUnknownId() {
        assertThat(GuideFiles.guide()
                .en("01-risks.md", EN_RISKS.replace("mitigates: [compute-cost]", "mitigates: [compute-cost, gpu-shortage]"))
                .zh("01-risks.md", ZH_RISKS).problems()).containsExactly(
                "guide/en/01-risks.md:25: 'mitigates' names unknown id 'gpu-shortage'");
    }

    @Test
    void rejectsALinkKeyToAnEntryOfTheWrongKind() {
        String box = """
                id: market-research
                kind: strategy
                summary: Check demand.
                mitigates: [cloud-credits]
                """;
        assertThat(TestChapters.risks()
                .en("02-notes.md", notesWith("Market research", box))
                .zh("02-notes.md", zhNotesWith("市场调研", """
                        id: market-research
                        kind: strategy
                        summary: 确认需求。
                        """)).problems()).containsExactly(
                "guide/en/02-notes.md:13: 'mitigates' must name risk entries, but 'cloud-credits' is a strategy");
    }

    @Test
    void rejectsAnEntryThatLinksToItself() {
        assertThat(GuideFiles.guide()
                .en("01-risks.md", EN_RISKS.replace("severity: high\n", "severity: high\nrelated: [compute-cost]\n"))
                .zh("01-risks.md", ZH_RISKS).problems()).containsExactly(
                "guide/en/01-risks.md:15: 'related' links the entry to itself");
    }

    @Test
    void rejectsAnAtIdLinkInMarkdownToAnUnknownId() {
        assertThat(GuideFiles.guide()
                .en("01-risks.md", EN_RISKS.replace("Compute body.", "Compute body, see [GPUs](@gpu-shortage)."))
                .zh("01-risks.md", ZH_RISKS.replaceFirst("正文。", "正文，参见[笔记](@notes)。")).problems())
                .containsExactly(
                        "guide/en/01-risks.md:17: link to unknown id '@gpu-shortage'",
                        "guide/zh/01-risks.md:15: link to unknown id '@notes'");
    }

    @Test
    void rejectsAChapterPresentInEnglishOnly() {
        assertThat(TestChapters.risks().en("02-notes.md", EN_NOTES).problems()).containsExactly(
                "guide/en/02-notes.md:2: chapter 'notes' has no zh version");
    }

    @Test
    void rejectsAChapterPresentInChineseOnly() {
        assertThat(TestChapters.risks().zh("02-notes.md", ZH_NOTES).problems()).containsExactly(
                "guide/zh/02-notes.md:2: chapter 'notes' has no en version");
    }

    @Test
    void rejectsAChapterWhoseOrderDiffersBetweenLanguages() {
        assertThat(TestChapters.risks().en("02-notes.md", EN_NOTES)
                .zh("02-notes.md", ZH_NOTES.replace("order: 2", "order: 3")).problems()).containsExactly(
                "guide/zh/02-notes.md:2: chapter 'notes' has order 3 here but 2 in guide/en/02-notes.md");
    }

    @Test
    void acceptsTheSameChapterUnderDifferentFileNames() {
        LoadedGuide guide = TestChapters.risks().en("02-notes.md", EN_NOTES).zh("05-notes.md", ZH_NOTES).load();

        assertThat(guide.chapters()).extracting(LoadedGuide.Chapter::id).containsExactly("risks", "notes");
        assertThat(guide.chapters().get(1).texts().get("zh").sourcePath()).isEqualTo("guide/zh/05-notes.md");
    }

    @Test
    void rejectsAnEntryPresentInEnglishOnly() {
        String zhWithoutCase = ZH_RISKS.substring(0, ZH_RISKS.indexOf("\n## Acme"));
        assertThat(GuideFiles.guide().en("01-risks.md", EN_RISKS).zh("01-risks.md", zhWithoutCase).problems())
                .containsExactly("guide/en/01-risks.md:30: entry 'acme' has no zh version");
    }

    @Test
    void rejectsAnEntryPresentInChineseOnly() {
        assertThat(TestChapters.risks().en("02-notes.md", EN_NOTES)
                .zh("02-notes.md", zhNotesWith("医疗", """
                        id: healthcare
                        kind: industry
                        summary: 医院。
                        """)).problems()).containsExactly(
                "guide/zh/02-notes.md:7: entry 'healthcare' has no en version");
    }

    @Test
    void rejectsAnEntryWhoseKindDiffersBetweenLanguages() {
        assertThat(GuideFiles.guide().en("01-risks.md", EN_RISKS)
                .zh("01-risks.md", ZH_RISKS.replace("kind: case", "kind: strategy")).problems()).containsExactly(
                "guide/zh/01-risks.md:27: entry 'acme' is a strategy here but a case in guide/en/01-risks.md");
    }

    @Test
    void rejectsAnEntryInADifferentChapterInOneLanguage() {
        String zhWithoutCase = ZH_RISKS.substring(0, ZH_RISKS.indexOf("\n## Acme"));
        assertThat(GuideFiles.guide().en("01-risks.md", EN_RISKS).zh("01-risks.md", zhWithoutCase)
                .en("02-notes.md", EN_NOTES)
                .zh("02-notes.md", zhNotesWith("Acme 人工智能", """
                        id: acme
                        kind: case
                        summary: 一家创业公司。
                        """)).problems()).containsExactly(
                "guide/zh/02-notes.md:7: entry 'acme' is in chapter 'notes' here but in 'risks' in guide/en/01-risks.md");
    }
}
