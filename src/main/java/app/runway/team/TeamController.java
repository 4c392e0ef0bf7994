package app.runway.team;

import java.util.Locale;
import java.util.Optional;

import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.system.Languages;
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
 * The team page: for the owner under the assessment's address, with the form that invites a co-founder; for a
 * co-founder under their membership, once they submitted their answers (before that, their answers page).
 * Anyone else is answered 404, a visitor sent to sign in.
 */
@Controller
class TeamController {

    /** The flash attribute for a message that something could not be done. */
    static final String PROBLEM = "teamProblem";

    private final Team team;
    private final TeamPages pages;
    private final String publicUrl;

    /** @param publicUrl where readers reach Runway: the invitation link starts with it, never with the Host header */
    TeamController(Team team, TeamPages pages, @Value("${runway.public-url}") String publicUrl) {
        this.team = team;
        this.pages = pages;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/assessments/{token}/team")
    String ownerPage(@PathVariable String token, @ModelAttribute("form") InviteForm form, Model model) {
        Assessment assessment = team.owned(token);
        return page(model, assessment, team.founder());
    }

    @PostMapping("/assessments/{token}/team/invitations")
    String invite(@PathVariable String token, @Valid @ModelAttribute("form") InviteForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        Assessment assessment = team.owned(token);
        UserAccount owner = team.founder();
        if (!errors.hasErrors()) {
            String linkBase = UriComponentsBuilder.fromUriString(publicUrl).path("/team/invitation")
                    .queryParam("token", "").toUriString();
            Optional<String> refused = team.invite(assessment, owner, form.getEmail(), locale, linkBase);
            refused.ifPresent(key -> errors.rejectValue("email", key));
        }
        if (errors.hasErrors()) {
            return page(model, assessment, owner);
        }
        redirect.addFlashAttribute("flash", "team.flash.invited");
        return "redirect:/assessments/" + assessment.getToken() + "/team";
    }

    /** The assessments the founder answers as a co-founder. */
    @GetMapping("/team")
    String memberships(Model model) {
        UserAccount founder = team.founder();
        model.addAttribute("memberships", team.membershipRows(founder));
        return "team/list";
    }

    /** One line of the founder's memberships. */
    record Membership(Long id, String startupName, boolean submitted) {
    }

    @GetMapping("/team/{memberId}")
    String memberPage(@PathVariable Long memberId, Model model, RedirectAttributes redirect) {
        Member member = team.membership(memberId);
        if (!member.isSubmitted()) {
            // Nobody sees the team's answers before their own are in.
            redirect.addFlashAttribute("flash", "team.flash.answerFirst");
            return "redirect:/team/" + memberId + "/answers";
        }
        model.addAttribute("team", pages.view(team.assessmentOf(member), member.getUserId(), true,
                Languages.current()));
        return "team/team";
    }

    private String page(Model model, Assessment assessment, UserAccount owner) {
        model.addAttribute("team", pages.view(assessment, owner.getId(), assessment.isCompleted(),
                Languages.current()));
        return "team/team";
    }
}
