package app.runway.founder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.scoring.ReadinessResult.DimensionScore;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.founder.CompareView.Answer;
import app.runway.founder.CompareView.AnswerChange;
import app.runway.founder.CompareView.DimensionChange;
import app.runway.founder.CompareView.FlagChange;
import app.runway.founder.CompareView.Side;
import app.runway.guide.model.EntryKind;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.QuestionnaireTexts;
import org.springframework.stereotype.Component;

/**
 * Compares two completed assessments of one startup. Each is read against the questionnaire it
 * was scored with, so that an old assessment still shows what it showed; the later one's words
 * are used where both have them.
 */
@Component
class Comparer {

    private final AssessmentService assessments;
    private final GuideLinks guide;
    private final Clock clock;

    Comparer(AssessmentService assessments, GuideLinks guide, Clock clock) {
        this.assessments = assessments;
        this.guide = guide;
        this.clock = clock;
    }

    CompareView compare(Assessment a, Assessment b, String lang) {
        List<Assessment> ordered = new ArrayList<>(List.of(a, b));
        ordered.sort(Comparator.comparing(Assessment::getCompletedAt).thenComparing(Assessment::getId));
        Assessment earlier = ordered.get(0);
        Assessment later = ordered.get(1);
        Questionnaire beforeQuestionnaire = assessments.questionnaireOf(earlier);
        Questionnaire afterQuestionnaire = assessments.questionnaireOf(later);
        QuestionnaireTexts beforeTexts = new QuestionnaireTexts(beforeQuestionnaire, lang);
        QuestionnaireTexts afterTexts = new QuestionnaireTexts(afterQuestionnaire, lang);
        ReadinessResult before = earlier.result();
        ReadinessResult after = later.result();

        Set<String> dimensionIds = new LinkedHashSet<>(after.dimensions().keySet());
        dimensionIds.addAll(before.dimensions().keySet());
        List<DimensionChange> dimensions = dimensionIds.stream()
                .map(id -> new DimensionChange(id, afterQuestionnaire.dimension(id).isPresent()
                        ? afterTexts.dimension(id) : beforeTexts.dimension(id), before.scoreOf(id), after.scoreOf(id)))
                .toList();

        Map<String, String> flagsBefore = before.flagKinds();
        Map<String, String> flagsAfter = after.flagKinds();
        Set<String> ids = new LinkedHashSet<>(flagsBefore.keySet());
        ids.addAll(flagsAfter.keySet());
        GuideLinks.Lookup links = guide.find(ids, lang);
        List<FlagChange> resolved = flagsBefore.entrySet().stream().filter(e -> !flagsAfter.containsKey(e.getKey()))
                .map(e -> flag(e.getKey(), e.getValue(), links)).toList();
        List<FlagChange> added = flagsAfter.entrySet().stream().filter(e -> !flagsBefore.containsKey(e.getKey()))
                .map(e -> flag(e.getKey(), e.getValue(), links)).toList();

        return new CompareView(later.getStartupName(), side(earlier, before, beforeTexts),
                side(later, after, afterTexts), dimensions,
                answers(earlier, beforeQuestionnaire, beforeTexts, later, afterQuestionnaire, afterTexts),
                resolved, added);
    }

    /** The questions asked in either assessment whose answers differ, in questionnaire order. */
    private static List<AnswerChange> answers(Assessment earlier, Questionnaire beforeQuestionnaire,
            QuestionnaireTexts beforeTexts, Assessment later, Questionnaire afterQuestionnaire, QuestionnaireTexts afterTexts) {
        Map<String, Question> askedBefore = asked(beforeQuestionnaire, earlier);
        Map<String, Question> askedAfter = asked(afterQuestionnaire, later);
        Set<String> questionIds = new LinkedHashSet<>(askedAfter.keySet());
        questionIds.addAll(askedBefore.keySet());
        List<AnswerChange> changes = new ArrayList<>();
        for (String id : questionIds) {
            String was = askedBefore.containsKey(id) ? earlier.getAnswers().get(id) : null;
            String is = askedAfter.containsKey(id) ? later.getAnswers().get(id) : null;
            if (Objects.equals(was, is)) {
                continue;
            }
            boolean inAfter = askedAfter.containsKey(id);
            Question question = inAfter ? askedAfter.get(id) : askedBefore.get(id);
            QuestionnaireTexts texts = inAfter ? afterTexts : beforeTexts;
            changes.add(new AnswerChange(texts.dimension(question.dimension()), texts.question(question),
                    answer(askedBefore.get(id), was, beforeTexts), answer(askedAfter.get(id), is, afterTexts)));
        }
        return changes;
    }

    private static Map<String, Question> asked(Questionnaire questionnaire, Assessment assessment) {
        Map<String, Question> asked = new LinkedHashMap<>();
        ReadinessScorer.askedQuestions(questionnaire, assessment.profile(), assessment.getAnswers())
                .forEach(q -> asked.put(q.id(), q));
        return asked;
    }

    private static Answer answer(Question question, String optionId, QuestionnaireTexts texts) {
        if (question == null || optionId == null) {
            return null;
        }
        if (Questionnaire.UNKNOWN.equals(optionId)) {
            return new Answer(null, true);
        }
        String label = texts.option(question, optionId);
        return new Answer(label == null ? optionId : label, false);
    }

    private Side side(Assessment assessment, ReadinessResult result, QuestionnaireTexts texts) {
        return new Side(assessment.getToken(), assessment.getStartupName(), assessment.profile().stage().id(),
                LocalDate.ofInstant(assessment.getCompletedAt(), clock.getZone()), result.index(),
                texts.band(result.band()));
    }

    private static FlagChange flag(String id, String kind, GuideLinks.Lookup links) {
        GuideLinks.Link link = links.get(id, EntryKind.fromCode(kind).orElse(EntryKind.RISK));
        return new FlagChange(id, kind, link.title(), link.url());
    }
}
