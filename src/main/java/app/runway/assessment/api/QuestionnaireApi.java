package app.runway.assessment.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.api.InvalidRequestException.FieldProblem;
import app.runway.guide.GuideSnapshots;
import app.runway.guide.GuideService;
import app.runway.questionnaire.Stage;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/questionnaire}: everything a client needs to ask the questions and read the result. */
@RestController
class QuestionnaireApi {

    private final QuestionnaireCatalog catalog;
    private final GuideSnapshots guide;
    private final MessageSource messages;

    QuestionnaireApi(QuestionnaireCatalog catalog, GuideSnapshots guide, MessageSource messages) {
        this.catalog = catalog;
        this.guide = guide;
        this.messages = messages;
    }

    @GetMapping("/api/questionnaire")
    QuestionnaireJson questionnaire(@RequestParam(name = ApiLanguage.PARAMETER, required = false) String lang) {
        List<FieldProblem> problems = new ArrayList<>();
        String language = ApiLanguage.parse(lang, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        GuideService.Current current = catalog.current();
        Map<String, String> industries = new LinkedHashMap<>();
        guide.current().cards(current.questionnaire().facts().industries(), language)
                .forEach((id, card) -> industries.put(id, card.title()));
        Locale locale = ApiLanguage.locale(language);
        Map<Stage, String> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, messages.getMessage("api.stage." + stage.id(), null, locale));
        }
        return QuestionnaireJson.of(current.contentHash(), language, current.questionnaire(), industries, stages,
                messages.getMessage("api.option.unknown", null, locale));
    }
}
