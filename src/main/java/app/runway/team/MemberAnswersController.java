package app.runway.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.runway.assessment.Assessment;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Dimension;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.QuestionnaireTexts;
import app.runway.system.Languages;
import app.runway.team.AnswersView.Group;
import app.runway.team.AnswersView.OptionView;
import app.runway.team.AnswersView.Problem;
import app.runway.team.AnswersView.QuestionView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A co-founder answering on their own: every question on one page (the owner's dimension pages stay the
 * owner's), saved on every post. An answer can bring up a follow-up question, shown after saving. Submitting
 * needs an answer ("I don't know" counts) to every question asked; after that the answers are fixed and count
 * in the team's.
 */
@Controller
class MemberAnswersController {

    static final String REQUIRED = "team.answers.required";
    static final String REVEALED = "team.answers.revealed";
    static final String INVALID = "team.answers.invalid";

    private final Team team;
    private final QuestionnaireCatalog catalog;

    MemberAnswersController(Team team, QuestionnaireCatalog catalog) {
        this.team = team;
        this.catalog = catalog;
    }

    /** The form: {@code answers[question-id]} and the button pressed ({@code save} or {@code submit}). */
    static class AnswersForm {

        private Map<String, String> answers = new LinkedHashMap<>();
        private String action;

        public Map<String, String> getAnswers() {
            return answers;
        }

        public void setAnswers(Map<String, String> answers) {
            this.answers = answers;
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }
    }

    @GetMapping("/team/{memberId}/answers")
    String show(@PathVariable Long memberId, Model model) {
        Member member = team.membership(memberId);
        Assessment assessment = team.assessmentOf(member);
        return page(model, member, assessment, Map.of());
    }

    @PostMapping("/team/{memberId}/answers")
    String save(@PathVariable Long memberId, @ModelAttribute("form") AnswersForm form, Model model,
            RedirectAttributes redirect) {
        Member member = team.membership(memberId);
        Assessment assessment = team.assessmentOf(member);
        if (member.isSubmitted()) {
            redirect.addFlashAttribute(TeamController.PROBLEM, "team.answers.alreadySubmitted");
            return "redirect:/team/" + memberId;
        }
        Questionnaire questionnaire = catalog.current().questionnaire();
        Set<String> shownBefore = ids(asked(questionnaire, assessment, member.getAnswers()));
        Map<String, String> valid = new LinkedHashMap<>();
        Set<String> invalid = new LinkedHashSet<>();
        for (Question question : questionnaire.questions()) {
            String value = form.getAnswers().get(question.id());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (isAnswer(question, value)) {
                valid.put(question.id(), value);
            } else {
                invalid.add(question.id());
            }
        }
        if (!valid.isEmpty()) {
            member = team.record(memberId, valid);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.forEach(id -> errors.put(id, INVALID));
        if (!"submit".equals(form.getAction())) {
            if (!errors.isEmpty()) {
                return page(model, member, assessment, errors);
            }
            redirect.addFlashAttribute("flash", "team.flash.saved");
            return "redirect:/team/" + memberId + "/answers";
        }
        for (Question question : asked(questionnaire, assessment, member.getAnswers())) {
            if (!errors.containsKey(question.id()) && !isAnswer(question, member.getAnswers().get(question.id()))) {
                errors.put(question.id(), shownBefore.contains(question.id()) ? REQUIRED : REVEALED);
            }
        }
        if (!errors.isEmpty()) {
            return page(model, member, assessment, errors);
        }
        team.submit(memberId);
        redirect.addFlashAttribute("flash", "team.flash.submitted");
        return "redirect:/team/" + memberId;
    }

    private String page(Model model, Member member, Assessment assessment, Map<String, String> errors) {
        Questionnaire questionnaire = catalog.current().questionnaire();
        QuestionnaireTexts texts = new QuestionnaireTexts(questionnaire, Languages.current());
        Map<String, String> answers = member.getAnswers();
        List<Question> asked = asked(questionnaire, assessment, answers);
        List<Group> groups = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Dimension dimension : questionnaire.dimensions()) {
            List<QuestionView> questions = asked.stream().filter(q -> q.dimension().equals(dimension.id()))
                    .map(q -> question(q, answers.get(q.id()), errors.get(q.id()), texts)).toList();
            if (!questions.isEmpty()) {
                groups.add(new Group(dimension.id(), texts.of(dimension.texts()).title(), questions));
            }
            questions.stream().filter(q -> q.error() != null)
                    .forEach(q -> problems.add(new Problem("q-" + q.id() + "-" + q.options().get(0).id(), q.text())));
        }
        model.addAttribute("view", new AnswersView(member.getId(), assessment.getStartupName(), member.isSubmitted(),
                groups, problems));
        return "team/answers";
    }

    private static QuestionView question(Question question, String answer, String error, QuestionnaireTexts texts) {
        Questionnaire.Text text = texts.of(question.texts());
        List<OptionView> options = question.options().stream()
                .map(o -> new OptionView(o.id(), texts.option(question, o.id()))).toList();
        String help = text.body() == null || text.body().isBlank() ? null : text.body();
        return new QuestionView(question.id(), text.title(), help, options,
                isAnswer(question, answer) ? answer : null, error);
    }

    private static List<Question> asked(Questionnaire questionnaire, Assessment assessment,
            Map<String, String> answers) {
        return ReadinessScorer.askedQuestions(questionnaire, assessment.profile(), answers);
    }

    private static Set<String> ids(List<Question> questions) {
        Set<String> ids = new LinkedHashSet<>();
        questions.forEach(q -> ids.add(q.id()));
        return ids;
    }

    /** "I don't know" is an answer; an option the question does not have is not. */
    private static boolean isAnswer(Question question, String value) {
        return value != null && (Questionnaire.UNKNOWN.equals(value) || question.option(value).isPresent());
    }
}
