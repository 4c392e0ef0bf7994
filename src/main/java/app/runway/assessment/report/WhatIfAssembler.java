package app.runway.assessment.report;

import java.util.ArrayList;
import java.util.List;

import app.runway.assessment.report.ReportView.QuestionChoice;
import app.runway.assessment.report.ReportView.QuestionGroup;
import app.runway.assessment.report.WhatIfView.OptionChoice;
import app.runway.assessment.scoring.ReadinessResult;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.QuestionnaireTexts;
import org.springframework.stereotype.Component;

/** The what-if page: the questions the founder was asked, one of them, its options, and what one would change. */
@Component
class WhatIfAssembler {

    private final ResultComparison comparison;

    WhatIfAssembler(ResultComparison comparison) {
        this.comparison = comparison;
    }

    /**
     * The what-if page. {@code question} must be one the founder was asked and {@code optionId} one
     * of its options (checked by the caller); {@code optionId} and {@code after} are null until an
     * option is chosen.
     */
    WhatIfView whatIf(ScoredAssessment scored, Questionnaire questionnaire, Question question, String optionId,
            ReadinessResult after, String lang) {
        QuestionnaireTexts texts = new QuestionnaireTexts(questionnaire, lang);
        List<QuestionGroup> groups = ReportAssembler.questionGroups(scored, questionnaire, texts);
        if (question == null) {
            return new WhatIfView(scored.token(), scored.profile().startupName(), groups, null, null, List.of(), null,
                    null);
        }
        String current = scored.answers().get(question.id());
        List<OptionChoice> options = new ArrayList<>();
        question.options().forEach(o -> options.add(new OptionChoice(o.id(), texts.option(question, o.id()),
                o.id().equals(current))));
        options.add(new OptionChoice(Questionnaire.UNKNOWN, null, Questionnaire.UNKNOWN.equals(current)));
        QuestionChoice chosen = new QuestionChoice(question.id(), texts.question(question),
                current == null ? null : texts.option(question, current));
        Comparison compared = after == null ? null
                : comparison.compare(scored.result(), questionnaire, after, questionnaire, lang);
        OptionChoice picked = after == null ? null
                : options.stream().filter(o -> o.id().equals(optionId)).findFirst().orElse(null);
        return new WhatIfView(scored.token(), scored.profile().startupName(), groups, chosen,
                texts.dimension(question.dimension()), List.copyOf(options), picked, compared);
    }
}
