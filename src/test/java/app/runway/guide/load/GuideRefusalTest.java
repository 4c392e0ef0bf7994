package app.runway.guide.load;

import static app.runway.guide.load.TestChapters.EN_NOTES;
import static app.runway.guide.load.TestChapters.EN_RISKS;
import static app.runway.guide.load.TestChapters.ZH_NOTES;
import static app.runway.guide.load.TestChapters.ZH_RISKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the guide as a whole is refused: the folders, an empty guide, and every problem reported at once. */
class GuideRefusalTest {

    @Test
    void rejectsAnUnknownLanguageFolder() {
        assertThat(TestChapters.risks().file("fr", "01-risks.md", EN_RISKS).problems()).containsExactly(
                "guide/fr/01-risks.md:1: unknown language folder 'fr' (expected en or zh)");
    }

    @Test
    void rejectsAnEmptyGuide() {
        assertThat(GuideFiles.guide().problems()).containsExactly(
                "guide:1: the guide has no chapter files (expected en/*.md and zh/*.md)");
    }

    @Test
    void reportsEveryProblemInEveryFileAtOnceSortedByFileAndLine() {
        GuideFiles files = GuideFiles.guide()
                .zh("02-notes.md", ZH_NOTES.replace("order: 2", "order: 5"))
                .en("02-notes.md", EN_NOTES.replace("Some notes.", "## A\n\n#### B\n\nSee [x](@nowhere)."))
                .zh("01-risks.md", ZH_RISKS.replace("summary: 硬件昂贵。\n", "summary: 硬件昂贵。\ncategory: technical\n"))
                .en("01-risks.md", EN_RISKS
                        .replace("severity: high", "severity: extreme")
                        .replace("country: us", "country: usa")
                        .replace("mitigates: [compute-cost]", "mitigates: [acme]"))
                .file("de", "01-risks.md", EN_RISKS);

        assertThat(files.problems()).containsExactly(
                "guide/de/01-risks.md:1: unknown language folder 'de' (expected en or zh)",
                "guide/en/01-risks.md:14: 'severity' must be one of critical, high, low, medium, not 'extreme'",
                "guide/en/01-risks.md:25: 'mitigates' must name risk entries, but 'acme' is a case",
                "guide/en/01-risks.md:36: 'country' must be a two-letter country code such as us",
                "guide/en/02-notes.md:9: heading level jumps from 2 to 4: use '###'",
                "guide/en/02-notes.md:11: link to unknown id '@nowhere'",
                "guide/zh/01-risks.md:13: 'category' belongs in the en file only: it is the same in every language",
                "guide/zh/02-notes.md:2: chapter 'notes' has order 5 here but 2 in guide/en/02-notes.md");
    }

    @Test
    void describesEveryProblemInTheExceptionMessage() {
        List<SourceFile> files = GuideFiles.guide()
                .en("01-risks.md", EN_RISKS.replace("severity: high", "severity: extreme"))
                .zh("01-risks.md", ZH_RISKS.replace("kind: case", "kind: strategy"))
                .files();

        assertThatExceptionOfType(InvalidGuideException.class)
                .isThrownBy(() -> new GuideLoader().load(files))
                .withMessage("""
                        The guide has 2 problem(s) and was not loaded:
                        guide/en/01-risks.md:14: 'severity' must be one of critical, high, low, medium, not 'extreme'
                        guide/zh/01-risks.md:27: entry 'acme' is a strategy here but a case in guide/en/01-risks.md""");
    }
}
