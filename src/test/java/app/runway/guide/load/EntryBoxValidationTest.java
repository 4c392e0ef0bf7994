package app.runway.guide.load;

import static app.runway.guide.load.TestChapters.EN_RISKS;
import static app.runway.guide.load.TestChapters.ZH_RISKS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The entry box of each entry: its keys, the values they allow, and which language may write them. */
class EntryBoxValidationTest {

    private static GuideFiles guide(String en, String zh) {
        return GuideFiles.guide().en("01-risks.md", en).zh("01-risks.md", zh);
    }

    @Test
    void loadsTheUnbrokenChapterThatTheseTestsBreak() {
        LoadedGuide guide = TestChapters.risks().load();

        assertThat(guide.entries()).extracting(LoadedGuide.Entry::id)
                .containsExactly("compute-cost", "cloud-credits", "acme");
    }

    @Test
    void rejectsAnUnknownKind() {
        assertThat(guide(EN_RISKS.replace("kind: case", "kind: study"),
                ZH_RISKS.replace("kind: case", "kind: study")).problems()).containsExactly(
                "guide/en/01-risks.md:34: unknown kind 'study' (allowed: risk, strategy, case, pitfall, industry,"
                        + " trend, capability, resource)",
                "guide/zh/01-risks.md:31: unknown kind 'study' (allowed: risk, strategy, case, pitfall, industry,"
                        + " trend, capability, resource)");
    }

    @Test
    void rejectsAnUnknownKeyInAnEntryBox() {
        assertThat(guide(EN_RISKS.replace("severity: high\n", "severity: high\ncolour: red\n"), ZH_RISKS).problems())
                .containsExactly("guide/en/01-risks.md:15: unknown key 'colour' for a risk"
                        + " (allowed: id, kind, summary, related, category, severity)");
    }

    @Test
    void rejectsAReferenceKeyInTheChineseFile() {
        assertThat(guide(EN_RISKS, ZH_RISKS.replace("summary: 硬件昂贵。\n", "summary: 硬件昂贵。\nseverity: high\n"))
                .problems()).containsExactly(
                "guide/zh/01-risks.md:13: 'severity' belongs in the en file only: it is the same in every language");
    }

    @Test
    void rejectsAKeyWrittenTwiceInAnEntryBox() {
        assertThat(guide(EN_RISKS.replace("severity: high\n", "severity: high\nseverity: low\n"), ZH_RISKS).problems())
                .containsExactly("guide/en/01-risks.md:15: duplicate key 'severity' (first on line 14)");
    }

    @Test
    void rejectsARiskWithoutSeverity() {
        assertThat(guide(EN_RISKS.replace("severity: high\n", ""), ZH_RISKS).problems()).containsExactly(
                "guide/en/01-risks.md:9: a risk needs 'severity'");
    }

    @Test
    void rejectsAStrategyWithoutMitigates() {
        assertThat(guide(EN_RISKS.replace("mitigates: [compute-cost]\n", ""), ZH_RISKS).problems()).containsExactly(
                "guide/en/01-risks.md:21: a strategy needs 'mitigates'");
    }

    @Test
    void rejectsACaseWithoutStrategies() {
        assertThat(guide(EN_RISKS.replace("strategies: [cloud-credits]\n", ""), ZH_RISKS).problems()).containsExactly(
                "guide/en/01-risks.md:32: a case needs 'strategies'");
    }

    @Test
    void rejectsAChineseEntryWithoutSummary() {
        assertThat(guide(EN_RISKS, ZH_RISKS.replace("summary: 硬件昂贵。\n", "")).problems()).containsExactly(
                "guide/zh/01-risks.md:9: a risk needs 'summary'");
    }

    @Test
    void rejectsAnEmptyRequiredValueOnceAtItsLine() {
        assertThat(guide(EN_RISKS.replace("severity: high", "severity:"), ZH_RISKS).problems()).containsExactly(
                "guide/en/01-risks.md:14: a risk needs 'severity'");
    }

    @Test
    void rejectsASeverityOutsideTheAllowedList() {
        assertThat(guide(EN_RISKS.replace("severity: high", "severity: extreme"), ZH_RISKS).problems())
                .containsExactly(
                        "guide/en/01-risks.md:14: 'severity' must be one of critical, high, low, medium, not 'extreme'");
    }

    @Test
    void rejectsACategoryOutsideTheAllowedList() {
        assertThat(guide(EN_RISKS.replace("category: technical", "category: [technical, market]"), ZH_RISKS)
                .problems()).containsExactly("guide/en/01-risks.md:13: 'category' must be one of business, data,"
                        + " environmental, ethical, financial, founder, legal, market, operational, team, technical,"
                        + " not '[technical, market]'");
    }

    @Test
    void rejectsAFoundingYearThatIsNotAYear() {
        assertThat(guide(EN_RISKS.replace("founded: 2015", "founded: 15"), ZH_RISKS).problems()).containsExactly(
                "guide/en/01-risks.md:37: 'founded' must be a year such as 2015");
    }

    @Test
    void rejectsACountryThatIsNotATwoLetterCode() {
        assertThat(guide(EN_RISKS.replace("country: us", "country: USA"), ZH_RISKS).problems()).containsExactly(
                "guide/en/01-risks.md:36: 'country' must be a two-letter country code such as us");
    }

    @Test
    void rejectsAnEntryIdThatIsNotLowerCaseWithHyphens() {
        assertThat(guide(EN_RISKS.replace("id: acme", "id: Acme_AI"), ZH_RISKS.replace("id: acme", "id: Acme_AI"))
                .problems()).containsExactly(
                "guide/en/01-risks.md:33: id 'Acme_AI' must use lower-case letters, digits and hyphens",
                "guide/zh/01-risks.md:30: id 'Acme_AI' must use lower-case letters, digits and hyphens");
    }

    @Test
    void rejectsAnEntryBoxThatIsNotValidYaml() {
        assertThat(guide(EN_RISKS.replace("summary: A startup.", "summary: A startup: 2015 - 2020"),
                ZH_RISKS.replace("summary: 一家创业公司。", "summary: 公司: 2015")).problems()).containsExactly(
                "guide/en/01-risks.md:35: cannot read YAML: mapping values are not allowed here",
                "guide/zh/01-risks.md:32: cannot read YAML: mapping values are not allowed here");
    }

    @Test
    void rejectsASummaryWrittenAsAList() {
        assertThat(guide(EN_RISKS, ZH_RISKS.replace("summary: 硬件昂贵。", "summary: [硬件, 昂贵]")).problems())
                .containsExactly("guide/zh/01-risks.md:12: 'summary' must be a single value, not a list");
    }
}
