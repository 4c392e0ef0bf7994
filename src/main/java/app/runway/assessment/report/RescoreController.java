package app.runway.assessment.report;

import java.util.Optional;

import app.runway.assessment.Assessment;
import app.runway.system.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Re-scoring an assessment whose guide has changed since: first what would change, then, on the
 * founder's word, the new result stored.
 */
@Controller
class RescoreController {

    private static final String RESUME = "redirect:/assessments/{token}";
    private static final String REPORT = "redirect:/assessments/{token}/report";

    private final ReportService reports;

    RescoreController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/assessments/{token}/rescore")
    String preview(@PathVariable String token, Model model) {
        Optional<Assessment> assessment = reports.completed(token);
        if (assessment.isEmpty()) {
            return RESUME;
        }
        if (!reports.canRescore(assessment.get())) {
            return REPORT;
        }
        model.addAttribute("token", token);
        model.addAttribute("startupName", assessment.get().profile().startupName());
        model.addAttribute("comparison", reports.rescorePreview(assessment.get(), Languages.current()));
        return "report/rescore";
    }

    @PostMapping("/assessments/{token}/rescore")
    String rescore(@PathVariable String token, RedirectAttributes redirect) {
        Optional<Assessment> assessment = reports.completed(token);
        if (assessment.isEmpty()) {
            return RESUME;
        }
        if (reports.canRescore(assessment.get())) {
            reports.rescore(assessment.get());
            redirect.addFlashAttribute("flash", "report.rescore.done");
        } else {
            redirect.addFlashAttribute("flash", "report.rescore.upToDate");
        }
        return REPORT;
    }
}
