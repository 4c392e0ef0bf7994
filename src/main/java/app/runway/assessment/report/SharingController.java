package app.runway.assessment.report;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The founder's choice to share an assessment's scores, anonymously, with peers at the same stage, or to stop:
 * from the report's "How you compare" section. Anyone but the founder who owns it is told it does not exist.
 */
@Controller
class SharingController {

    private final ReportService reports;

    SharingController(ReportService reports) {
        this.reports = reports;
    }

    @PostMapping("/assessments/{token}/report/sharing")
    String share(@PathVariable String token, @RequestParam boolean share, RedirectAttributes redirect) {
        reports.shareScores(token, share);
        redirect.addFlashAttribute("flash", share ? "report.compare.flash.shared" : "report.compare.flash.unshared");
        return "redirect:/assessments/{token}/report#compare";
    }
}
