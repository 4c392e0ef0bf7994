package app.runway.review;

import app.runway.account.CurrentUser;
import app.runway.account.UserAccount;
import app.runway.system.Languages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review page: the founder's self-assessment beside the mentor's panel. Saving names the
 * version the form was built from; if another mentor saved since, the page comes back (409) with
 * everything this mentor typed still in the form and the other version beside it.
 */
@Controller
@RequestMapping("/mentor/reviews/{token}")
class ReviewController {

    static final String VIEW = "review/review";

    private final ReviewService reviews;
    private final ReviewPages pages;
    private final CurrentUser currentUser;

    ReviewController(ReviewService reviews, ReviewPages pages, CurrentUser currentUser) {
        this.reviews = reviews;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    /** What every rendering of the page needs; a failed save overrides the flags. */
    @ModelAttribute
    void defaults(Model model) {
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("conflict", false);
        model.addAttribute("conflictWithSelf", false);
        model.addAttribute("invalid", false);
    }

    @GetMapping
    String show(@PathVariable String token, Model model) {
        UserAccount mentor = mentor();
        ReviewService.Opened opened;
        try {
            opened = reviews.open(token, mentor);
        } catch (OptimisticLockingFailureException e) {
            // Another mentor took it into review at the same moment: it is in review now either way.
            opened = reviews.open(token, mentor);
        }
        model.addAttribute("page", pages.page(opened, Languages.current()));
        model.addAttribute("form", ReviewForm.of(opened.review()));
        return VIEW;
    }

    @PostMapping
    String save(@PathVariable String token, @ModelAttribute("form") ReviewForm form, BindingResult errors,
            @RequestParam(name = "action", required = false) String action, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        UserAccount mentor = mentor();
        ReviewService.Opened current = reviews.current(token);
        if (ReviewService.changedSince(current.review(), form.expectedVersion())) {
            // Said first, before any other problem with the form: someone else's work is at stake.
            return conflict(token, form, mentor, model, response);
        }
        ReviewPage page = pages.page(current, Languages.current());
        boolean publish = ReviewForm.isPublish(action);
        ReviewService.Input input = form.check(page, publish || page.published(), errors);
        if (input == null) {
            model.addAttribute("page", page);
            model.addAttribute("invalid", true);
            return VIEW;
        }
        try {
            reviews.save(token, form.expectedVersion(), input, publish, mentor);
        } catch (ReviewConflictException | OptimisticLockingFailureException e) {
            return conflict(token, form, mentor, model, response);
        } catch (DataIntegrityViolationException e) {
            // Two first saves at once: the unique assessment id let only one review in.
            if (reviews.current(token).review() == null) {
                throw e;
            }
            return conflict(token, form, mentor, model, response);
        }
        redirect.addFlashAttribute("flash", publish ? "review.flash.published" : "review.flash.saved");
        return "redirect:/mentor/reviews/" + token;
    }

    /**
     * Shows the review as someone else saved it beside the form as this mentor typed it. The form now
     * carries the newer version, so saving again replaces the other version, knowingly.
     */
    private String conflict(String token, ReviewForm form, UserAccount mentor, Model model,
            HttpServletResponse response) {
        ReviewService.Opened now = reviews.current(token);
        form.setVersion(now.review() == null ? null : String.valueOf(now.review().getVersion()));
        model.addAttribute("page", pages.page(now, Languages.current()));
        model.addAttribute("conflict", true);
        // The same mentor in another tab or window, or after going back in the browser.
        model.addAttribute("conflictWithSelf",
                now.review() != null && mentor.getId().equals(now.review().getUpdatedBy()));
        response.setStatus(HttpStatus.CONFLICT.value());
        return VIEW;
    }

    /** Mentor pages are for signed-in mentors and admins (see SecurityConfig); their account row is needed. */
    private UserAccount mentor() {
        return currentUser.account().orElseThrow(() -> new AccessDeniedException("no account"));
    }
}
