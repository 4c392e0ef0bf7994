package app.runway.team;

import java.util.Optional;

import app.runway.account.AfterSignIn;
import app.runway.account.CurrentUser;
import app.runway.account.UserAccount;
import app.runway.protection.LinkTokens;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page an invitation link opens. Anyone may read it; accepting needs the founder account of the invited
 * address: a visitor signs in or signs up, and comes back here ({@link AfterSignIn}). A link used,
 * expired or unknown gets a page that says so.
 */
@Controller
class InvitationController {

    static final String INVALID = "team/invitation-invalid";

    private final Team team;
    private final CurrentUser currentUser;

    InvitationController(Team team, CurrentUser currentUser) {
        this.team = team;
        this.currentUser = currentUser;
    }

    @GetMapping("/team/invitation")
    String show(@RequestParam(required = false) String token, Model model, HttpSession session) {
        Optional<Team.Invited> invited = team.invitation(token);
        if (invited.isEmpty()) {
            return invalid(model);
        }
        Optional<String> signedIn = currentUser.email();
        if (signedIn.isEmpty()) {
            // Signing up (or in) from here comes back here.
            AfterSignIn.remember(session, UriComponentsBuilder.fromPath("/team/invitation").queryParam("token", token)
                    .encode().toUriString());
        }
        model.addAttribute("invited", invited.get());
        model.addAttribute("token", token);
        model.addAttribute("signedIn", signedIn.isPresent());
        model.addAttribute("otherAccount", signedIn.filter(e -> !e.equals(invited.get().email())).orElse(null));
        return "team/invitation";
    }

    /** Where "sign in to accept" leads: the sign-in page first, then back to the invitation. */
    @GetMapping("/team/invitation/accept")
    String signInFirst(@RequestParam(required = false) String token, Model model) {
        team.founder();
        if (!LinkTokens.plausible(token)) {
            return invalid(model);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/team/invitation").queryParam("token", token)
                .encode().toUriString();
    }

    @PostMapping("/team/invitation/accept")
    String accept(@RequestParam(required = false) String token, Model model, RedirectAttributes redirect) {
        UserAccount founder = team.founder();
        Optional<Member> member;
        try {
            member = team.accept(token, founder);
        } catch (Team.WrongAccountException e) {
            redirect.addFlashAttribute(TeamController.PROBLEM, "team.invitation.wrongAccount");
            return "redirect:/team";
        }
        if (member.isEmpty()) {
            return invalid(model);
        }
        redirect.addFlashAttribute("flash", "team.flash.joined");
        return "redirect:/team/" + member.get().getId() + "/answers";
    }

    private static String invalid(Model model) {
        model.addAttribute("days", Team.VALID_FOR.toDays());
        return INVALID;
    }
}
