package app.runway.founder;

import app.runway.account.AfterSignIn;
import app.runway.account.CurrentUser;
import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentAccess;
import app.runway.assessment.AssessmentService;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keeping an assessment started through its private link in a founder's account. A visitor who is
 * not signed in is asked to sign in or sign up, and comes back here afterwards (the token waits in
 * the session; "My assessments" sends them on). Only an unclaimed assessment, or one already the
 * founder's, can be reached here: anyone else's answers 404.
 */
@Controller
class ClaimController {

    private final SignedInFounder founder;
    private final AssessmentService assessments;
    private final AssessmentAccess access;
    private final CurrentUser currentUser;

    ClaimController(SignedInFounder founder, AssessmentService assessments, AssessmentAccess access,
            CurrentUser currentUser) {
        this.founder = founder;
        this.assessments = assessments;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/assessments/{token}/claim")
    String show(@PathVariable String token, Model model, HttpSession session) {
        boolean signedIn = currentUser.email().isPresent();
        if (signedIn) {
            founder.account();
        }
        Assessment assessment = assessments.findForEdit(token);
        if (!signedIn) {
            AfterSignIn.remember(session, "/assessments/" + assessment.getToken() + "/claim");
        }
        model.addAttribute("assessment", assessment);
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("alreadyYours", signedIn && access.isOwner(assessment));
        return "founder/claim";
    }

    @PostMapping("/assessments/{token}/claim")
    String claim(@PathVariable String token, HttpSession session, RedirectAttributes redirect) {
        if (!founder.isFounder()) {
            // A visitor is sent to sign in (and comes back); a mentor or admin is refused.
            throw new AccessDeniedException("founders only");
        }
        AfterSignIn.take(session);
        assessments.claim(token);
        redirect.addFlashAttribute("flash", "founder.flash.claimed");
        return "redirect:/me";
    }
}
