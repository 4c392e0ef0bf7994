package app.runway.programme;

import app.runway.account.CurrentUser;
import app.runway.account.UserAccount;
import app.runway.system.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Programmes as mentors see them (admins see every one): the list, a programme's page with its people
 * and invitations, inviting founders by e-mail and making join links (see SecurityConfig: /mentor/**).
 */
@Controller
class ProgrammeController {

    /** Flash attribute: a message key saying why something was not done. */
    static final String PROBLEM = "programmeProblem";

    private final ProgrammeService programmes;
    private final ProgrammeInvitations invitations;
    private final CurrentUser currentUser;
    private final String publicUrl;

    ProgrammeController(ProgrammeService programmes, ProgrammeInvitations invitations, CurrentUser currentUser,
            @Value("${runway.public-url}") String publicUrl) {
        this.programmes = programmes;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.publicUrl = publicUrl;
    }

    /** How long an invitation works, for the page's explanations. */
    @ModelAttribute("validDays")
    long validDays() {
        return ProgrammeInvitations.VALID_FOR.toDays();
    }

    @GetMapping("/mentor/programmes")
    String list(Model model) {
        model.addAttribute("programmes", programmes.list());
        return "programme/list";
    }

    @GetMapping("/mentor/programmes/{id}")
    String show(@PathVariable Long id, @ModelAttribute("inviteForm") InviteForm inviteForm, Model model) {
        model.addAttribute("programme", programmes.view(id));
        return "programme/show";
    }

    @PostMapping("/mentor/programmes/{id}/invitations")
    String invite(@PathVariable Long id, @Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            switch (invitations.invite(id, form.getEmail(), me(), linkBase())) {
                case SENT -> {
                    redirect.addFlashAttribute("flash", "programme.flash.invited");
                    return "redirect:/mentor/programmes/" + id;
                }
                case ARCHIVED -> errors.rejectValue("email", "programme.invite.archived");
                case IS_MENTOR -> errors.rejectValue("email", "programme.invite.isMentor");
                case ALREADY_MEMBER -> errors.rejectValue("email", "programme.invite.alreadyMember");
            }
        }
        model.addAttribute("programme", programmes.view(id));
        return "programme/show";
    }

    @PostMapping("/mentor/programmes/{id}/join-links")
    String joinLink(@PathVariable Long id, RedirectAttributes redirect) {
        invitations.joinLink(id, me()).ifPresentOrElse(
                token -> redirect.addFlashAttribute("joinLink", linkBase() + token),
                () -> redirect.addFlashAttribute(PROBLEM, "programme.invite.archived"));
        return "redirect:/mentor/programmes/" + id + "#invitations";
    }

    @PostMapping("/mentor/programmes/{id}/invitations/{invitationId}/withdraw")
    String withdraw(@PathVariable Long id, @PathVariable Long invitationId, RedirectAttributes redirect) {
        invitations.withdraw(id, invitationId, me());
        redirect.addFlashAttribute("flash", "programme.flash.withdrawn");
        return "redirect:/mentor/programmes/" + id + "#invitations";
    }

    private UserAccount me() {
        return currentUser.account().orElseThrow(() -> new NotFoundException("account"));
    }

    /** Links in mail and join links start with the public address, never with the request's. */
    private String linkBase() {
        return UriComponentsBuilder.fromUriString(publicUrl).path("/programmes/join").queryParam("token", "")
                .toUriString();
    }
}
