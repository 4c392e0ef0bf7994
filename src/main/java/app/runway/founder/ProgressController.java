package app.runway.founder;

import app.runway.assessment.Assessment;
import app.runway.system.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A startup's progress over time: each score as a line chart over its completed assessments, and the
 * numbers in a table. The startup is named by any of its assessments' tokens; it must be one of the
 * founder's own (otherwise 404).
 */
@Controller
class ProgressController {

    private final SignedInFounder founder;
    private final Progress progress;

    ProgressController(SignedInFounder founder, Progress progress) {
        this.founder = founder;
        this.progress = progress;
    }

    @GetMapping("/me/startups/{token}/progress")
    String progress(@PathVariable String token, Model model) {
        Assessment assessment = founder.own(token);
        model.addAttribute("progress", progress.of(assessment.getOwnerId(), assessment, Languages.current()));
        return "founder/progress";
    }
}
