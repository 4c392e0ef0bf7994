package app.runway.assessment.web;

import static app.runway.assessment.web.Journeys.dimensionPath;
import static app.runway.assessment.web.Journeys.profilePath;
import static app.runway.assessment.web.Journeys.redirect;
import static app.runway.assessment.web.Journeys.reportPath;
import static app.runway.assessment.web.Journeys.resumePath;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.questionnaire.Questionnaire;
import app.runway.system.Languages;
import app.runway.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Answering: one page per dimension, saved on every post whichever button was pressed, so that
 * closing the browser loses nothing. Only moving forward and finishing insist on an answer to
 * every question on the page.
 */
@Controller
class AnswersController {

    static final String REQUIRED = "assessment.answer.required";
    static final String INVALID = "assessment.answer.invalid";
    static final String REVEALED = "assessment.answer.revealed";
    private static final String SAVED = "assessment.flash.saved";
    private static final String UNANSWERED = "assessment.flash.unanswered";

    private final AssessmentService assessments;
    private final Journeys journeys;

    AnswersController(AssessmentService assessments, Journeys journeys) {
        this.assessments = assessments;
        this.journeys = journeys;
    }

    @GetMapping("/assessments/{token}")
    String resume(@PathVariable String token) {
        Assessment assessment = assessments.find(token);
        return redirect(resumePath(assessment, journeys.of(assessment)));
    }

    @GetMapping("/assessments/{token}/dimensions/{dimension}")
    String show(@PathVariable String token, @PathVariable String dimension, Model model) {
        Assessment assessment = assessments.findForEdit(token);
        requireDimension(dimension);
        Journey journey = journeys.of(assessment);
        if (journey.step(dimension).isEmpty()) {
            // Nothing is asked here for this profile (any more): continue where there is.
            return redirect(resumePath(assessment, journey));
        }
        return page(model, assessment, journey, dimension, Map.of());
    }

    @PostMapping("/assessments/{token}/dimensions/{dimension}")
    String save(@PathVariable String token, @PathVariable String dimension, @ModelAttribute("form") AnswersForm form,
            Model model, RedirectAttributes redirect) {
        Assessment assessment = assessments.findForEdit(token);
        Questionnaire questionnaire = requireDimension(dimension);
        Journey before = journeys.of(assessment);
        PageAnswers posted = PageAnswers.of(questionnaire, dimension, form.getAnswers());
        if (!posted.valid().isEmpty()) {
            assessment = assessments.record(token, posted.valid());
        }
        Journey journey = journeys.of(assessment);
        if (journey.step(dimension).isEmpty()) {
            return redirect(resumePath(assessment, journey));
        }
        String action = form.actionOrNext();
        if (action.equals(AnswersForm.BACK) || action.equals(AnswersForm.JUMP)) {
            redirect.addFlashAttribute(ProfileController.NOTICE, SAVED);
            return redirect(action.equals(AnswersForm.JUMP) ? jumpTarget(token, journey, form.getJump())
                    : journey.previous(dimension).map(s -> dimensionPath(token, s.id())).orElse(profilePath(token)));
        }
        Map<String, String> errors = errors(journey, before, dimension, posted);
        if (!errors.isEmpty()) {
            return page(model, assessment, journey, dimension, errors);
        }
        if (action.equals(AnswersForm.FINISH)) {
            return finish(assessment, journey, redirect);
        }
        redirect.addFlashAttribute(ProfileController.NOTICE, SAVED);
        return redirect(journey.next(dimension).map(s -> dimensionPath(token, s.id()))
                .orElseGet(() -> resumePath(token)));
    }

    private String finish(Assessment assessment, Journey journey, RedirectAttributes redirect) {
        String token = assessment.getToken();
        Optional<Journey.Step> open = journey.firstUnfinished();
        if (open.isPresent()) {
            // A page skipped through the list of dimensions: a report needs every question answered.
            redirect.addFlashAttribute(ProfileController.NOTICE, UNANSWERED);
            return redirect(dimensionPath(token, open.get().id()));
        }
        assessments.complete(token);
        return redirect(reportPath(token));
    }

    /** Every question asked on the page needs an answer; a question the answers just brought up says so. */
    private static Map<String, String> errors(Journey journey, Journey before, String dimension, PageAnswers posted) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Questionnaire.Question question : journey.step(dimension).orElseThrow().questions()) {
            if (posted.invalid().contains(question.id())) {
                errors.put(question.id(), INVALID);
            } else if (!Journey.isAnswered(question, journey.answers().get(question.id()))) {
                boolean wasShown = before.step(dimension).map(s -> s.questions().contains(question)).orElse(false);
                errors.put(question.id(), wasShown ? REQUIRED : REVEALED);
            }
        }
        return errors;
    }

    private static String jumpTarget(String token, Journey journey, String dimension) {
        return journey.step(dimension).map(s -> dimensionPath(token, s.id())).orElse(resumePath(token));
    }

    private String page(Model model, Assessment assessment, Journey journey, String dimension,
            Map<String, String> errors) {
        model.addAttribute("page", DimensionPage.of(assessment.getToken(), assessment.profile().startupName(),
                assessment.isCompleted(), journey, dimension, errors, Languages.current()));
        return "assessment/dimension";
    }

    private Questionnaire requireDimension(String dimension) {
        Questionnaire questionnaire = journeys.questionnaire();
        if (questionnaire.dimension(dimension).isEmpty()) {
            throw new NotFoundException("dimension " + dimension);
        }
        return questionnaire;
    }
}
