package app.runway.assessment.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import app.runway.assessment.Assessment;
import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessResult;

/** What a report is made of: a completed assessment's profile, answers and stored result. */
record ScoredAssessment(String token, Profile profile, Map<String, String> answers, ReadinessResult result,
        LocalDate completedOn) {

    static ScoredAssessment of(Assessment assessment, ZoneId zone) {
        return new ScoredAssessment(assessment.getToken(), assessment.profile(), assessment.getAnswers(),
                assessment.result(), LocalDate.ofInstant(assessment.getCompletedAt(), zone));
    }
}
