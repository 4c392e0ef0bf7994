package app.runway.team;

import java.util.List;

/**
 * A co-founder's answers page: every question asked for their answers so far, by dimension, on one page.
 *
 * @param problems the questions with an error, for the summary at the top; each links to its first option
 */
record AnswersView(Long memberId, String startupName, boolean submitted, List<Group> dimensions,
        List<Problem> problems) {

    record Group(String id, String title, List<QuestionView> questions) {
    }

    /**
     * @param helpHtml sanitised when the guide was loaded
     * @param selected the option chosen so far, or null
     * @param error    the message key of what is wrong, or null
     */
    record QuestionView(String id, String text, String helpHtml, List<OptionView> options, String selected,
            String error) {
    }

    record OptionView(String id, String label) {
    }

    record Problem(String anchor, String text) {
    }
}
