package app.runway.programme;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What only admins do with programmes (see SecurityConfig: /admin/**): create and change them, choose
 * their mentors, archive, reopen, and delete one no assessment was submitted to.
 */
@Controller
class ProgrammeAdminController {

    private final ProgrammeService programmes;

    ProgrammeAdminController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/admin/programmes/new")
    String newForm(@ModelAttribute("form") ProgrammeForm form) {
        return "programme/edit";
    }

    @PostMapping("/admin/programmes/new")
    String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult errors,
            RedirectAttributes redirect) {
        ProgrammeDetails details = form.check(errors);
        if (details == null) {
            return "programme/edit";
        }
        Programme created = programmes.create(details);
        redirect.addFlashAttribute("flash", "programme.flash.created");
        return "redirect:/mentor/programmes/" + created.getId();
    }

    @GetMapping("/admin/programmes/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        Programme programme = programmes.reachable(id);
        model.addAttribute("form", ProgrammeForm.of(programme.details()));
        model.addAttribute("programmeId", id);
        return "programme/edit";
    }

    @PostMapping("/admin/programmes/{id}/edit")
    String change(@PathVariable Long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        programmes.reachable(id);
        ProgrammeDetails details = form.check(errors);
        if (details == null) {
            model.addAttribute("programmeId", id);
            return "programme/edit";
        }
        programmes.change(id, details);
        redirect.addFlashAttribute("flash", "programme.flash.changed");
        return "redirect:/mentor/programmes/" + id;
    }

    @PostMapping("/admin/programmes/{id}/mentors")
    String addMentor(@PathVariable Long id, @RequestParam(required = false) Long mentor, RedirectAttributes redirect) {
        if (mentor != null && programmes.addMentor(id, mentor)) {
            redirect.addFlashAttribute("flash", "programme.flash.mentorAdded");
        } else {
            redirect.addFlashAttribute(ProgrammeController.PROBLEM, "programme.problem.noSuchMentor");
        }
        return "redirect:/mentor/programmes/" + id + "#mentors";
    }

    @PostMapping("/admin/programmes/{id}/mentors/{userId}/remove")
    String removeMentor(@PathVariable Long id, @PathVariable Long userId, RedirectAttributes redirect) {
        programmes.removeMentor(id, userId);
        redirect.addFlashAttribute("flash", "programme.flash.mentorRemoved");
        return "redirect:/mentor/programmes/" + id + "#mentors";
    }

    @PostMapping("/admin/programmes/{id}/archive")
    String archive(@PathVariable Long id, RedirectAttributes redirect) {
        programmes.archive(id);
        redirect.addFlashAttribute("flash", "programme.flash.archived");
        return "redirect:/mentor/programmes/" + id;
    }

    @PostMapping("/admin/programmes/{id}/reopen")
    String reopen(@PathVariable Long id, RedirectAttributes redirect) {
        programmes.reopen(id);
        redirect.addFlashAttribute("flash", "programme.flash.reopened");
        return "redirect:/mentor/programmes/" + id;
    }

    /** Needs the "I understand" box ticked: a stray click deletes nothing. */
    @PostMapping("/admin/programmes/{id}/delete")
    String delete(@PathVariable Long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute(ProgrammeController.PROBLEM, "programme.problem.confirmDelete");
            return "redirect:/mentor/programmes/" + id + "#delete";
        }
        if (!programmes.delete(id)) {
            redirect.addFlashAttribute(ProgrammeController.PROBLEM, "programme.problem.hasAssessments");
            return "redirect:/mentor/programmes/" + id + "#delete";
        }
        redirect.addFlashAttribute("flash", "programme.flash.deleted");
        return "redirect:/mentor/programmes";
    }
}
