package app.runway.founder;

import java.util.List;
import java.util.Optional;

import app.runway.account.AfterSignIn;
import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.InvalidStateException;
import app.runway.assessment.ReviewState;
import app.runway.programme.ProgrammeChoice;
import app.runway.programme.Programmes;
import app.runway.system.Languages;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My assessments", and what a founder does with one: submit it for review with a note, withdraw
 * the submission before a mentor starts, re-take it from its answers. Actions a state no longer
 * allows (a mentor started reviewing meanwhile, say) come back to the list with a message saying so.
 * Founders only: mentors and admins are answered 403 (see {@link SignedInFounder}).
 */
@Controller
class MyAssessmentsController {

    /** The flash attribute for a message that something could not be done. */
    static final String PROBLEM = "founderProblem";
    private static final String HOME = "redirect:/me";

    private final SignedInFounder founder;
    private final History history;
    private final AssessmentService assessments;
    private final Programmes programmes;

    MyAssessmentsController(SignedInFounder founder, History history, AssessmentService assessments,
            Programmes programmes) {
        this.programmes = programmes;
        this.founder = founder;
        this.history = history;
        this.assessments = assessments;
    }

    @GetMapping("/me")
    String me(Model model, HttpSession session, RedirectAttributes redirect) {
        Long founderId = founder.account().getId();
        Optional<String> goingTo = AfterSignIn.take(session);
        if (goingTo.isPresent()) {
            // Signed in or up from a claim page or an invitation: back there to confirm.
            if (model.getAttribute("flash") != null) {
                // The welcome after signing up would be lost in this second redirect.
                redirect.addFlashAttribute("flash", model.getAttribute("flash"));
            }
            return "redirect:" + goingTo.get();
        }
        model.addAttribute("programmes", programmes.joinedBy(founderId));
        model.addAttribute("history", history.view(founderId, Languages.current()));
        return "founder/me";
    }

    @GetMapping("/me/assessments/{token}/submit")
    String submitForm(@PathVariable String token, @ModelAttribute("form") SubmitForm form, Model model,
            RedirectAttributes redirect) {
        Assessment assessment = founder.own(token);
        if (!assessment.isCompleted() || assessment.getReviewState() != ReviewState.DRAFT) {
            redirect.addFlashAttribute(PROBLEM, "founder.problem.cannotSubmit");
            return HOME;
        }
        List<ProgrammeChoice> joined = programmes.joinedBy(assessment.getOwnerId());
        if (form.getProgramme() == null && !joined.isEmpty()) {
            // In a programme, its mentors are the ones the founder most likely means.
            form.setProgramme(String.valueOf(joined.get(0).id()));
        }
        return submitPage(assessment, joined, model);
    }

    private static String submitPage(Assessment assessment, List<ProgrammeChoice> joined, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("programmes", joined);
        return "founder/submit";
    }

    @PostMapping("/me/assessments/{token}/submit")
    String submit(@PathVariable String token, @Valid @ModelAttribute("form") SubmitForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Assessment assessment = founder.own(token);
        List<ProgrammeChoice> joined = programmes.joinedBy(assessment.getOwnerId());
        Long programmeId = chosenProgramme(form.getProgramme(), joined);
        if (programmeId == null && form.getProgramme() != null && !form.getProgramme().isBlank()) {
            errors.rejectValue("programme", "founder.submit.programme.invalid");
        }
        if (errors.hasErrors()) {
            return submitPage(assessment, joined, model);
        }
        try {
            assessments.submit(token, form.getNote(), programmeId);
        } catch (InvalidStateException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute(PROBLEM, "founder.problem.cannotSubmit");
            return HOME;
        }
        redirect.addFlashAttribute("flash", "founder.flash.submitted");
        return HOME;
    }

    /** The programme chosen, if it is one the founder is in (and not archived); null otherwise. */
    private static Long chosenProgramme(String value, List<ProgrammeChoice> joined) {
        return joined.stream().filter(p -> String.valueOf(p.id()).equals(value == null ? null : value.strip()))
                .map(ProgrammeChoice::id).findFirst().orElse(null);
    }

    @PostMapping("/me/assessments/{token}/withdraw")
    String withdraw(@PathVariable String token, RedirectAttributes redirect) {
        founder.own(token);
        try {
            assessments.withdraw(token);
        } catch (InvalidStateException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute(PROBLEM, "founder.problem.cannotWithdraw");
            return HOME;
        }
        redirect.addFlashAttribute("flash", "founder.flash.withdrawn");
        return HOME;
    }

    @PostMapping("/me/assessments/{token}/retake")
    String retake(@PathVariable String token, RedirectAttributes redirect) {
        founder.own(token);
        Assessment next = assessments.retake(token);
        redirect.addFlashAttribute("flash", "founder.flash.retake");
        // The first page: the profile, since the stage or team may have changed; every answer is carried over.
        return "redirect:/assessments/" + next.getToken() + "/profile";
    }
}
