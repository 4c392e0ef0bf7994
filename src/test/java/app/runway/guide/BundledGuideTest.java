package app.runway.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import app.runway.guide.load.GuideLoader;
import app.runway.guide.load.LoadedGuide;
import app.runway.guide.model.EntryKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guide shipped in the jar loads, and holds what later features refer to by id. */
class BundledGuideTest {

    private static LoadedGuide guide;

    @BeforeAll
    static void load() {
        guide = new GuideLoader().load(GuideSources.fromClasspath());
    }

    @Test
    void holdsTheFixedPitfallAndCaseIdsInBothLanguages() {
        Map<String, LoadedGuide.Entry> entries = guide.entries().stream()
                .collect(Collectors.toMap(LoadedGuide.Entry::id, e -> e));
        List<String> pitfalls = List.of("technology-dependence", "rapid-expansion", "single-product",
                "data-quality-neglect", "weak-risk-management");
        List<String> cases = List.of("openai", "deepmind", "baidu-ernie", "zhipu-ai", "ai-customer-service",
                "ai-medical-imaging", "ai-autonomous-driving");
        pitfalls.forEach(id -> assertEntry(entries, id, EntryKind.PITFALL));
        cases.forEach(id -> assertEntry(entries, id, EntryKind.CASE));
    }

    private static void assertEntry(Map<String, LoadedGuide.Entry> entries, String id, EntryKind kind) {
        assertThat(entries).as("entry %s", id).containsKey(id);
        assertThat(entries.get(id).kind()).isEqualTo(kind);
        assertThat(entries.get(id).texts()).as("languages of %s", id).containsOnlyKeys("en", "zh");
        entries.get(id).texts().values().forEach(text -> {
            assertThat(text.title()).isNotBlank();
            assertThat(text.summary()).isNotBlank();
            assertThat(text.bodyHtml()).isNotBlank();
        });
    }

    @Test
    void coversEveryChapterThemeOfTheArticleInBothLanguages() {
        assertThat(guide.chapters()).extracting(LoadedGuide.Chapter::id).containsExactly(
                "foundations", "technology", "strategy", "cases", "practice", "trends", "challenges", "pitfalls",
                "resources");
        guide.chapters().forEach(c -> assertThat(c.texts()).containsOnlyKeys("en", "zh"));
    }

    @Test
    void holdsEveryDistinctRiskStrategyCaseAndPitfallOfTheInventory() {
        Map<EntryKind, Long> counts = guide.entries().stream()
                .collect(Collectors.groupingBy(LoadedGuide.Entry::kind, Collectors.counting()));
        assertThat(counts.get(EntryKind.RISK)).isEqualTo(26);
        assertThat(counts.get(EntryKind.STRATEGY)).isEqualTo(52);
        assertThat(counts.get(EntryKind.CASE)).isEqualTo(7);
        assertThat(counts.get(EntryKind.PITFALL)).isEqualTo(5);
        assertThat(counts.get(EntryKind.INDUSTRY)).isEqualTo(8);
    }

    @Test
    void everyRiskIsMitigatedByAtLeastOneStrategyAndEveryPitfallIsAvoidable() {
        Set<String> mitigated = guide.links().stream()
                .filter(l -> l.relation() == app.runway.guide.model.Relation.MITIGATES)
                .map(LoadedGuide.Link::targetId).collect(Collectors.toSet());
        Set<String> avoidable = guide.links().stream()
                .filter(l -> l.relation() == app.runway.guide.model.Relation.AVOIDED_BY)
                .map(LoadedGuide.Link::sourceId).collect(Collectors.toSet());
        guide.entries().stream().filter(e -> e.kind() == EntryKind.RISK)
                .forEach(risk -> assertThat(mitigated).as("strategies for %s", risk.id()).contains(risk.id()));
        guide.entries().stream().filter(e -> e.kind() == EntryKind.PITFALL)
                .forEach(p -> assertThat(avoidable).as("avoidance of %s", p.id()).contains(p.id()));
    }

    @Test
    void writesTheArticlesTechnicalErrorsRight() {
        String technology = guide.chapters().stream().filter(c -> c.id().equals("technology")).findFirst()
                .orElseThrow().texts().get("en").sections().stream().map(LoadedGuide.Section::plainText)
                .collect(Collectors.joining("\n"));
        // Stochastic gradient descent works on mini-batches, not on the whole dataset.
        assertThat(technology).containsIgnoringCase("mini-batch");
        assertThat(technology).doesNotContain("Theano and TensorFlow");
    }

    @Test
    void holdsTheQuestionnaireWithAllTwelveDimensionsAndAtLeastFortyQuestions() {
        var questionnaire = guide.questionnaire();
        assertThat(questionnaire).isNotNull();
        assertThat(questionnaire.dimensions()).extracting(d -> d.id())
                .containsExactlyElementsOf(app.runway.questionnaire.Questionnaire.DIMENSION_IDS);
        assertThat(questionnaire.questions()).hasSizeGreaterThanOrEqualTo(40);
        questionnaire.questions().forEach(q -> {
            assertThat(q.texts()).as(q.id()).containsOnlyKeys("en", "zh");
            q.options().forEach(o -> assertThat(o.labels()).as(q.id() + "/" + o.id()).containsOnlyKeys("en", "zh"));
        });
        assertThat(questionnaire.bands()).extracting(b -> b.from()).startsWith(0);
        assertThat(questionnaire.rules()).extracting(r -> r.id()).contains("technology-without-market",
                "single-revenue-stream", "data-not-ready", "risk-management-weak", "growth-outruns-team");
    }
}
