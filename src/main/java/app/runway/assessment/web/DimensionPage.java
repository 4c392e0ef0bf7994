package app.runway.assessment.web;

import java.util.List;
import java.util.Map;

import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Questionnaire.Text;

/**
 * What one dimension page shows, built in one go so that the template only reads.
 *
 * @param position 1-based place of this page among the pages the founder goes through
 * @param previous the page before, null on the first
 * @param last     whether this page finishes the questionnaire
 * @param problems the questions with an error, for the summary at the top of the page; each links to
 *                 the question's first option
 */
record DimensionPage(String token, String startupName, String dimension, String title, String summary,
        int position, int total, List<QuestionView> questions, List<Problem> problems, List<StepView> steps,
        String previous, boolean last, boolean completed) {

    private static final String FALLBACK_LANG = "en";

    /**
     * A question with its options in the page's language.
     *
     * @param helpHtml sanitised when the guide was loaded
     * @param selected the option chosen so far, or null
     * @param error    the message key of what is wrong with the answer, or null
     */
    record QuestionView(String id, String text, String helpHtml, List<OptionView> options, String selected,
            String error) {
    }

    record OptionView(String id, String label) {
    }

    /** A page in the list of all pages; {@code done} when every question on it is answered. */
    record StepView(String id, String title, boolean done, boolean current) {
    }

    /**
     * @param errors question id to the message key of its error
     */
    static DimensionPage of(String token, String startupName, boolean completed, Journey journey, String dimensionId,
            Map<String, String> errors, String lang) {
        Journey.Step step = journey.step(dimensionId).orElseThrow();
        Text text = text(step.dimension().texts(), lang);
        List<QuestionView> questions = step.questions().stream()
                .map(q -> question(q, journey.answers().get(q.id()), errors.get(q.id()), lang)).toList();
        List<StepView> steps = journey.steps().stream()
                .map(s -> new StepView(s.id(), text(s.dimension().texts(), lang).title(), s.done(),
                        s.id().equals(dimensionId)))
                .toList();
        return new DimensionPage(token, startupName, dimensionId, text.title(), text.body(),
                journey.position(dimensionId), journey.steps().size(), questions,
                questions.stream().filter(q -> q.error() != null)
                        .map(q -> new Problem("q-" + q.id() + "-" + q.options().get(0).id(), q.text())).toList(), steps,
                journey.previous(dimensionId).map(Journey.Step::id).orElse(null), journey.isLast(dimensionId),
                completed);
    }

    private static QuestionView question(Question question, String answer, String error, String lang) {
        Text text = text(question.texts(), lang);
        List<OptionView> options = question.options().stream()
                .map(o -> new OptionView(o.id(), label(o, lang))).toList();
        String selected = Journey.isAnswered(question, answer) ? answer : null;
        String help = text.body() == null || text.body().isBlank() ? null : text.body();
        return new QuestionView(question.id(), text.title(), help, options, selected, error);
    }

    private static Text text(Map<String, Text> texts, String lang) {
        Text text = texts.get(lang);
        if (text == null) {
            text = texts.getOrDefault(FALLBACK_LANG, texts.values().iterator().next());
        }
        return text;
    }

    private static String label(Option option, String lang) {
        String label = option.labels().get(lang);
        return label != null ? label : option.labels().getOrDefault(FALLBACK_LANG, option.id());
    }
}
