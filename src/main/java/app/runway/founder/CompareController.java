package app.runway.founder;

import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.system.Languages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two completed assessments of the same startup side by side. Both must be the founder's own
 * (otherwise 404); a choice that cannot be compared is explained on the page, answered 400.
 */
@Controller
class CompareController {

    private final SignedInFounder founder;
    private final History history;
    private final Comparer comparer;

    CompareController(SignedInFounder founder, History history, Comparer comparer) {
        this.founder = founder;
        this.history = history;
        this.comparer = comparer;
    }

    @GetMapping("/me/compare")
    String compare(@RequestParam(required = false) String a, @RequestParam(required = false) String b, Model model,
            HttpServletResponse response) {
        UserAccount account = founder.account();
        String problem = null;
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            problem = "founder.compare.problem.choose";
        } else {
            Assessment first = founder.own(a);
            Assessment second = founder.own(b);
            if (first.getId().equals(second.getId())) {
                problem = "founder.compare.problem.same";
            } else if (!first.isCompleted() || !second.isCompleted()) {
                problem = "founder.compare.problem.notCompleted";
            } else if (!history.sameStartup(account.getId(), first, second)) {
                problem = "founder.compare.problem.otherStartup";
            } else {
                model.addAttribute("comparison", comparer.compare(first, second, Languages.current()));
            }
        }
        if (problem != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", problem);
        }
        return "founder/compare";
    }
}
