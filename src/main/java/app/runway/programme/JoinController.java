package app.runway.programme;

import java.util.Optional;

import app.runway.account.AfterSignIn;
import app.runway.account.CurrentUser;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Following an invitation: the programme is named and the founder confirms with a button (a link
 * opened by a mail scanner joins no one). Someone not signed in is asked to sign in or sign up first,
 * and comes back here afterwards ({@link AfterSignIn}). A link that no longer works says why.
 */
@Controller
class JoinController {

    private final ProgrammeInvitations invitations;
    private final CurrentUser currentUser;

    JoinController(ProgrammeInvitations invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
    }

    @GetMapping("/programmes/join")
    String show(@RequestParam(required = false) String token, Model model, HttpSession session,
            HttpServletResponse response) {
        Optional<ProgrammeInvitations.Checked> checked = invitations.check(token);
        if (checked.isEmpty() || checked.get().refusal() != null) {
            return invalid(checked, model, response);
        }
        model.addAttribute("programme", checked.get().programme());
        model.addAttribute("token", token);
        if (currentUser.email().isEmpty()) {
            AfterSignIn.remember(session, link(token));
        }
        model.addAttribute("signedIn", currentUser.email().isPresent());
        model.addAttribute("founder", currentUser.hasRole(Role.FOUNDER));
        return "programme/join";
    }

    @PostMapping("/programmes/join")
    String join(@RequestParam(required = false) String token, Model model, HttpSession session,
            HttpServletResponse response, RedirectAttributes redirect) {
        UserAccount founder = currentUser.account().filter(a -> a.getRole() == Role.FOUNDER).orElse(null);
        if (founder == null) {
            return "redirect:" + link(token == null ? "" : token);
        }
        Optional<ProgrammeInvitations.Joined> joined;
        try {
            joined = invitations.join(token, founder);
        } catch (DataIntegrityViolationException e) {
            // Two clicks at once: the other request made the founder a member.
            joined = Optional.of(ProgrammeInvitations.Joined.ALREADY_MEMBER);
        }
        if (joined.isEmpty()) {
            return invalid(invitations.check(token), model, response);
        }
        redirect.addFlashAttribute("flash", joined.get() == ProgrammeInvitations.Joined.JOINED
                ? "programme.flash.joined" : "programme.flash.alreadyMember");
        return "redirect:/me";
    }

    private static String link(String token) {
        return UriComponentsBuilder.fromPath("/programmes/join").queryParam("token", token).encode().toUriString();
    }

    /** 404 for a link that never existed, 410 for one that expired, was used or withdrawn. */
    private static String invalid(Optional<ProgrammeInvitations.Checked> checked, Model model,
            HttpServletResponse response) {
        response.setStatus(checked.isEmpty() ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("reason", checked.map(c -> c.refusal() == null ? "UNKNOWN" : c.refusal().name())
                .orElse("UNKNOWN"));
        return "programme/join-invalid";
    }
}
