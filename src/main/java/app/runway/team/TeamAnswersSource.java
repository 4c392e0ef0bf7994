package app.runway.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.runway.assessment.Assessment;
import app.runway.assessment.TeamAnswers;
import app.runway.questionnaire.Questionnaire;
import app.runway.team.scoring.TeamScorer;
import org.springframework.stereotype.Component;

/**
 * The team's answers an assessment is scored with: the owner's and those of every co-founder who submitted
 * theirs, made one by {@link TeamScorer}. Co-founders still answering, or who never do, are left out.
 */
@Component
class TeamAnswersSource implements TeamAnswers {

    private final MemberRepository members;

    TeamAnswersSource(MemberRepository members) {
        this.members = members;
    }

    @Override
    public Optional<Map<String, String>> of(Assessment assessment, Questionnaire questionnaire) {
        if (assessment.getId() == null) {
            return Optional.empty();
        }
        List<Member> submitted = members.findByAssessmentIdAndSubmittedAtIsNotNullOrderById(assessment.getId());
        if (submitted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TeamScorer.combine(questionnaire, assessment.profile(), answers(assessment, submitted)));
    }

    /** The owner's answers first, then each submitted co-founder's in the order they joined. */
    static List<Map<String, String>> answers(Assessment assessment, List<Member> submitted) {
        List<Map<String, String>> all = new ArrayList<>();
        all.add(assessment.getAnswers());
        submitted.forEach(m -> all.add(m.getAnswers()));
        return all;
    }
}
