package app.runway.assessment.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.api.InvalidRequestException.FieldProblem;
import app.runway.assessment.api.SubmissionReader.Submission;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Submitting a whole assessment in one request, and reading a saved one back by its token. */
@RestController
class AssessmentApi {

    static final String PATH = "/api/assessments";

    private final AssessmentService assessments;
    private final QuestionnaireCatalog catalog;

    AssessmentApi(AssessmentService assessments, QuestionnaireCatalog catalog) {
        this.assessments = assessments;
        this.catalog = catalog;
    }

    /** Validates everything first, so that a refused request stores nothing. */
    @PostMapping(PATH)
    ResponseEntity<AssessmentJson> submit(@RequestBody(required = false) JsonNode body,
            @RequestParam(name = ApiLanguage.PARAMETER, required = false) String lang) {
        List<FieldProblem> problems = new ArrayList<>();
        String language = ApiLanguage.parse(lang, problems);
        Submission submission = new SubmissionReader(catalog.current().questionnaire(), problems).read(body);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Assessment assessment = assessments.submit(submission.profile(), submission.answers());
        return ResponseEntity.created(URI.create(PATH + "/" + assessment.getToken()))
                .body(json(assessment, language));
    }

    @GetMapping(PATH + "/{token}")
    AssessmentJson show(@PathVariable String token,
            @RequestParam(name = ApiLanguage.PARAMETER, required = false) String lang) {
        List<FieldProblem> problems = new ArrayList<>();
        String language = ApiLanguage.parse(lang, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return json(assessments.find(token), language);
    }

    private AssessmentJson json(Assessment assessment, String lang) {
        return AssessmentJson.of(assessment, assessments.questionnaireOf(assessment), assessments.isOutdated(assessment),
                lang);
    }
}
