package app.runway.founder;

import app.runway.system.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The mentor's published feedback on one of the founder's assessments, beside the founder's own scores. */
@Controller
class FeedbackController {

    private final SignedInFounder founder;
    private final Feedback feedback;

    FeedbackController(SignedInFounder founder, Feedback feedback) {
        this.founder = founder;
        this.feedback = feedback;
    }

    @GetMapping("/me/assessments/{token}/feedback")
    String feedback(@PathVariable String token, Model model) {
        model.addAttribute("feedback", feedback.of(founder.own(token), Languages.current()));
        return "founder/feedback";
    }
}
