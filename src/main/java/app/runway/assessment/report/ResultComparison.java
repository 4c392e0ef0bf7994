package app.runway.assessment.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import app.runway.assessment.report.Comparison.FlagChange;
import app.runway.assessment.report.Comparison.ScoreChange;
import app.runway.assessment.report.ReportView.BandView;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.guide.model.EntryKind;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.QuestionnaireTexts;
import org.springframework.stereotype.Component;

/**
 * What differs between two results of one startup: scores, band, index, flags added and resolved. Used by
 * the what-if page and by the re-score preview; guide titles for every changed flag in one lookup.
 */
@Component
class ResultComparison {

    private final GuideTitles titles;

    ResultComparison(GuideTitles titles) {
        this.titles = titles;
    }

    /** What differs between two results; titles from the questionnaire of the second, guide titles in one query. */
    Comparison compare(ReadinessResult before, Questionnaire beforeQuestionnaire, ReadinessResult after,
            Questionnaire afterQuestionnaire, String lang) {
        QuestionnaireTexts beforeTexts = new QuestionnaireTexts(beforeQuestionnaire, lang);
        QuestionnaireTexts afterTexts = new QuestionnaireTexts(afterQuestionnaire, lang);
        Set<String> dimensionIds = new LinkedHashSet<>(after.dimensions().keySet());
        dimensionIds.addAll(before.dimensions().keySet());
        List<ScoreChange> scores = new ArrayList<>();
        for (String id : dimensionIds) {
            Integer was = before.scoreOf(id);
            Integer will = after.scoreOf(id);
            if (!Objects.equals(was, will)) {
                scores.add(new ScoreChange(id, afterQuestionnaire.dimension(id).isPresent() ? afterTexts.dimension(id)
                        : beforeTexts.dimension(id), was, will));
            }
        }
        Map<String, String> flagsBefore = before.flagKinds();
        Map<String, String> flagsAfter = after.flagKinds();
        Set<String> changed = new LinkedHashSet<>();
        flagsAfter.keySet().stream().filter(id -> !flagsBefore.containsKey(id)).forEach(changed::add);
        flagsBefore.keySet().stream().filter(id -> !flagsAfter.containsKey(id)).forEach(changed::add);
        Map<String, GuideTitles.Entry> guide = changed.isEmpty() ? Map.of() : titles.find(changed, lang);
        List<FlagChange> added = flagsAfter.entrySet().stream().filter(e -> !flagsBefore.containsKey(e.getKey()))
                .map(e -> flagChange(e.getKey(), e.getValue(), guide)).toList();
        List<FlagChange> resolved = flagsBefore.entrySet().stream().filter(e -> !flagsAfter.containsKey(e.getKey()))
                .map(e -> flagChange(e.getKey(), e.getValue(), guide)).toList();
        return new Comparison(before.index(), after.index(), bandTitle(beforeQuestionnaire, before.band(), beforeTexts),
                bandTitle(afterQuestionnaire, after.band(), afterTexts), scores, added, resolved);
    }

    private static FlagChange flagChange(String id, String kind, Map<String, GuideTitles.Entry> guide) {
        GuideTitles.Entry entry = guide.get(id);
        return new FlagChange(id, kind, ReportAssembler.titleOf(entry, id),
                ReportAssembler.urlOf(entry, EntryKind.fromCode(kind).orElse(EntryKind.RISK), id));
    }

    private static String bandTitle(Questionnaire questionnaire, String bandId, QuestionnaireTexts texts) {
        BandView band = ReportAssembler.band(questionnaire, bandId, texts);
        return band == null ? null : band.title();
    }
}
