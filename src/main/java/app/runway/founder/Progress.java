package app.runway.founder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.founder.ProgressView.Cell;
import app.runway.founder.ProgressView.Column;
import app.runway.founder.ProgressView.Series;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.QuestionnaireTexts;
import org.springframework.stereotype.Component;

/**
 * A startup's scores over time, from its completed assessments. Each assessment keeps the scores
 * of the questionnaire it was scored with: dimensions are matched by id, and an assessment whose
 * questionnaire had no such dimension has no score there (rather than a zero).
 */
@Component
class Progress {

    static final String NO_EVIDENCE = "founder.noEvidence";
    static final String NO_INDEX = "founder.noIndex";
    static final String NOT_ASKED = "founder.progress.notAsked";

    private final History history;
    private final AssessmentService assessments;
    private final Clock clock;

    Progress(History history, AssessmentService assessments, Clock clock) {
        this.history = history;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** The progress of the founder's startup that {@code assessment} (one of the founder's own) belongs to. */
    ProgressView of(Long ownerId, Assessment assessment, String lang) {
        List<Assessment> group = history.startups(ownerId).stream()
                .filter(g -> g.stream().anyMatch(a -> a.getId().equals(assessment.getId())))
                .findFirst().orElse(List.of(assessment));
        // The group is newest first; the chart reads oldest first, numbered as "My assessments" numbers them.
        // Each result is read once: it is stored as a document.
        List<Assessment> completed = new ArrayList<>();
        List<ReadinessResult> results = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (int i = group.size() - 1; i >= 0; i--) {
            Assessment a = group.get(i);
            ReadinessResult result = a.isCompleted() ? a.result() : null;
            if (result != null) {
                completed.add(a);
                results.add(result);
                columns.add(new Column(a.getToken(), group.size() - i,
                        LocalDate.ofInstant(a.getCompletedAt(), clock.getZone())));
            }
        }
        Series index = series("index", "progress-index", null, results, columns,
                r -> new Score(r.index(), NO_INDEX));
        List<Series> dimensions = new ArrayList<>();
        titles(completed, results, lang).forEach((id, title) -> dimensions.add(series(id, anchor(id), title, results,
                columns, r -> r.dimensions().containsKey(id) ? new Score(r.scoreOf(id), NO_EVIDENCE)
                        : new Score(null, NOT_ASKED))));
        return new ProgressView(group.get(0).getStartupName(), group.size() - completed.size(), columns, index,
                dimensions);
    }

    /** A page id for a dimension's chart: its id, which the questionnaire's format keeps to a slug. */
    private static String anchor(String dimensionId) {
        return "progress-dim-" + dimensionId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private record Score(Integer value, String missingKey) {
    }

    private static Series series(String id, String anchor, String title, List<ReadinessResult> results,
            List<Column> columns, Function<ReadinessResult, Score> score) {
        List<Cell> cells = new ArrayList<>();
        List<ProgressChart.Value> values = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Score s = score.apply(results.get(i));
            Column column = columns.get(i);
            cells.add(new Cell(column, s.value(), s.value() == null ? s.missingKey() : null));
            values.add(new ProgressChart.Value(String.valueOf(column.number()), s.value()));
        }
        return new Series(id, anchor, title, cells, ProgressChart.of(values));
    }

    /**
     * Every dimension scored in any of the assessments with its title, newest questionnaire first: its
     * order and words, then a dimension only older ones had, in their words.
     */
    private Map<String, String> titles(List<Assessment> oldestFirst, List<ReadinessResult> results, String lang) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Questionnaire> seen = new HashMap<>();
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            Assessment a = oldestFirst.get(i);
            Questionnaire questionnaire = seen.computeIfAbsent(a.getGuideHash() == null ? "" : a.getGuideHash(),
                    hash -> assessments.questionnaireOf(a));
            QuestionnaireTexts texts = new QuestionnaireTexts(questionnaire, lang);
            for (String id : results.get(i).dimensions().keySet()) {
                titles.computeIfAbsent(id, texts::dimension);
            }
        }
        return titles;
    }
}
