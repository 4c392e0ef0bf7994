package app.runway.assessment.web;

import static app.runway.assessment.web.Journeys.dimensionPath;
import static app.runway.assessment.web.Journeys.redirect;
import static app.runway.assessment.web.Journeys.resumePath;

import java.util.List;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.system.Languages;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The profile step: starting an assessment, and changing the profile later. */
@Controller
class ProfileController {

    static final String FORM = "profileForm";
    static final String NOTICE = "notice";

    private final AssessmentService assessments;
    private final ProfileChoices choices;
    private final Journeys journeys;
    private final MessageSource messages;

    ProfileController(AssessmentService assessments, ProfileChoices choices, Journeys journeys,
            MessageSource messages) {
        this.assessments = assessments;
        this.choices = choices;
        this.journeys = journeys;
        this.messages = messages;
    }

    @GetMapping("/assessments/new")
    String startForm(Model model) {
        model.addAttribute(FORM, new ProfileForm());
        return form(model, null, null);
    }

    @PostMapping("/assessments/new")
    String start(@Valid @ModelAttribute(FORM) ProfileForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        choices.check(form, errors);
        if (errors.hasErrors()) {
            return form(model, null, errors);
        }
        Assessment assessment = assessments.start(form.toProfile());
        // Shown once, on the first page: the founder's only way back.
        redirect.addFlashAttribute("privateLink", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(resumePath(assessment.getToken())).toUriString());
        return redirect(dimensionPath(assessment.getToken(), journeys.of(assessment).first().id()));
    }

    @GetMapping("/assessments/{token}/profile")
    String editForm(@PathVariable String token, Model model) {
        model.addAttribute(FORM, ProfileForm.of(assessments.findForEdit(token).profile()));
        return form(model, token, null);
    }

    @PostMapping("/assessments/{token}/profile")
    String edit(@PathVariable String token, @Valid @ModelAttribute(FORM) ProfileForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        assessments.findForEdit(token);
        choices.check(form, errors);
        if (errors.hasErrors()) {
            return form(model, token, errors);
        }
        Assessment assessment = assessments.changeProfile(token, form.toProfile());
        redirect.addFlashAttribute(NOTICE, "assessment.flash.profileSaved");
        // A new profile can bring up new questions: go where they are, else to the start.
        Journey journey = journeys.of(assessment);
        return redirect(dimensionPath(token, journey.firstUnfinished().orElse(journey.first()).id()));
    }

    private String form(Model model, String token, BindingResult errors) {
        model.addAttribute("token", token);
        model.addAttribute("problems", errors == null ? List.of() : problems(errors));
        model.addAttribute("industries", choices.industries(Languages.current()));
        model.addAttribute("stages", choices.stages());
        return "assessment/profile";
    }

    /** The first message of each field at fault, in the order of the form. */
    private List<Problem> problems(BindingResult errors) {
        return ProfileForm.FIELDS.stream().filter(errors::hasFieldErrors)
                .map(field -> new Problem(field.equals("stage") ? "stage-" + choices.stages().get(0) : field,
                        messages.getMessage(errors.getFieldError(field), LocaleContextHolder.getLocale())))
                .toList();
    }
}
