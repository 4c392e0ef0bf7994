package app.runway.guide.load;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.runway.guide.model.EntryKind;
import app.runway.questionnaire.Questionnaire;

/** Captures from a loaded guide the few facts that scoring needs. */
final class GuideFactsBuilder {

    private GuideFactsBuilder() {
    }

    static Questionnaire.GuideFacts of(List<LoadedGuide.Entry> entries, List<LoadedGuide.Link> links) {
        Map<String, String> severities = new HashMap<>();
        Map<String, Set<String>> mitigatedBy = new HashMap<>();
        Map<String, Set<String>> avoidedBy = new HashMap<>();
        Map<String, Set<String>> caseIndustries = new HashMap<>();
        Map<String, Set<String>> caseStrategies = new HashMap<>();
        List<String> industries = entries.stream().filter(e -> e.kind() == EntryKind.INDUSTRY)
                .map(LoadedGuide.Entry::id).toList();
        for (LoadedGuide.Entry entry : entries) {
            switch (entry.kind()) {
                case RISK -> {
                    severities.put(entry.id(), entry.severity());
                    mitigatedBy.put(entry.id(), new LinkedHashSet<>());
                }
                case PITFALL -> avoidedBy.put(entry.id(), new LinkedHashSet<>());
                case CASE -> {
                    caseIndustries.put(entry.id(), new LinkedHashSet<>());
                    caseStrategies.put(entry.id(), new LinkedHashSet<>());
                }
                default -> {
                }
            }
        }
        for (LoadedGuide.Link link : links) {
            switch (link.relation()) {
                case MITIGATES -> mitigatedBy.get(link.targetId()).add(link.sourceId());
                case AVOIDED_BY -> avoidedBy.get(link.sourceId()).add(link.targetId());
                case IN_INDUSTRY -> caseIndustries.get(link.sourceId()).add(link.targetId());
                case ILLUSTRATES -> caseStrategies.get(link.sourceId()).add(link.targetId());
                default -> {
                }
            }
        }
        Map<String, Questionnaire.CaseFacts> cases = new HashMap<>();
        caseIndustries.forEach((id, inds) -> cases.put(id,
                new Questionnaire.CaseFacts(Set.copyOf(inds), Set.copyOf(caseStrategies.get(id)))));
        return new Questionnaire.GuideFacts(Map.copyOf(severities), copy(mitigatedBy), copy(avoidedBy),
                Map.copyOf(cases), industries);
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> map) {
        Map<String, Set<String>> copy = new HashMap<>();
        map.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return Map.copyOf(copy);
    }
}
