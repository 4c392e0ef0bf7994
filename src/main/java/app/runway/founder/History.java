package app.runway.founder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.founder.HistoryView.Row;
import app.runway.founder.HistoryView.Startup;
import app.runway.questionnaire.QuestionnaireTexts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A founder's assessments, read in one query and grouped by startup. */
@Service
class History {

    private final FounderAssessments repository;
    private final AssessmentService assessments;
    private final Clock clock;

    History(FounderAssessments repository, AssessmentService assessments, Clock clock) {
        this.repository = repository;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** The founder's assessments, newest first. */
    @Transactional(readOnly = true)
    List<Assessment> of(Long ownerId) {
        return repository.findByOwnerIdOrderByCreatedAtDescIdDesc(ownerId);
    }

    /** The founder's assessments grouped by startup, newest first. */
    List<List<Assessment>> startups(Long ownerId) {
        return Startups.group(of(ownerId), Assessment::getId, Assessment::getRetakeOf, Assessment::getStartupName);
    }

    /** Whether two of the founder's assessments are of the same startup. */
    boolean sameStartup(Long ownerId, Assessment a, Assessment b) {
        return startups(ownerId).stream().anyMatch(group -> group.stream().anyMatch(x -> x.getId().equals(a.getId()))
                && group.stream().anyMatch(x -> x.getId().equals(b.getId())));
    }

    HistoryView view(Long ownerId, String lang) {
        List<Startup> startups = new ArrayList<>();
        int number = 0;
        for (List<Assessment> group : startups(ownerId)) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                rows.add(row(group.get(i), group.size() - i, previousCompleted(group, i), lang));
            }
            List<Row> completed = rows.stream().filter(Row::completed).toList();
            startups.add(new Startup(group.get(0).getStartupName(), "startup-" + ++number, rows, completed));
        }
        return new HistoryView(startups);
    }

    /** The completed assessment before the i-th (the list is newest first), if any. */
    private static String previousCompleted(List<Assessment> group, int i) {
        if (!group.get(i).isCompleted()) {
            return null;
        }
        return group.subList(i + 1, group.size()).stream().filter(Assessment::isCompleted).findFirst()
                .map(Assessment::getToken).orElse(null);
    }

    private Row row(Assessment a, int number, String previous, String lang) {
        ReadinessResult result = a.result();
        String band = result == null || result.band() == null ? null
                : new QuestionnaireTexts(assessments.questionnaireOf(a), lang).band(result.band());
        return new Row(a.getToken(), number, a.getStartupName(), a.profile().stage().id(), date(a.getCreatedAt()),
                a.isCompleted() ? date(a.getCompletedAt()) : null, a.isCompleted(),
                result == null ? null : result.index(), band, a.getReviewState(), date(a.getSubmittedAt()), previous);
    }

    private LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }
}
