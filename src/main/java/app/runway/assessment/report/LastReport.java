package app.runway.assessment.report;

import java.util.Optional;
import java.util.stream.Stream;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.guide.ReaderStatus;
import app.runway.system.NotFoundException;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * The guide page status of a reader who has viewed a report in this session: whether the entry
 * was flagged in their assessment, or is recommended to them. The report remembers its token in
 * the session when it is viewed.
 */
@Component
class LastReport implements ReaderStatus {

    static final String SESSION_ATTRIBUTE = LastReport.class.getName() + ".token";

    private final AssessmentService assessments;

    LastReport(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public Optional<Status> of(String entryId, HttpSession session) {
        Object token = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        if (!(token instanceof String remembered)) {
            return Optional.empty();
        }
        Assessment assessment;
        try {
            assessment = assessments.find(remembered);
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
        ReadinessResult result = assessment.result();
        if (result == null) {
            return Optional.empty();
        }
        String link = "/assessments/" + remembered + "/report";
        String name = assessment.profile().startupName();
        if (Stream.concat(result.flaggedRisks().stream(), result.flaggedPitfalls().stream())
                .anyMatch(f -> f.id().equals(entryId))) {
            return Optional.of(new Status("report.guideStatus.flagged", name, link));
        }
        if (result.strategies().stream().anyMatch(s -> s.id().equals(entryId))) {
            return Optional.of(new Status("report.guideStatus.recommended", name, link));
        }
        if (result.cases().stream().anyMatch(c -> c.id().equals(entryId))) {
            return Optional.of(new Status("report.guideStatus.case", name, link));
        }
        return Optional.empty();
    }
}
