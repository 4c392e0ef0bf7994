package app.runway.assessment.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One dimension page as posted: the chosen option per question ({@code answers[question-id]})
 * and the button pressed ({@code action}, or {@code jump} with the dimension to go to).
 */
class AnswersForm {

    static final String NEXT = "next";
    static final String BACK = "back";
    static final String FINISH = "finish";
    static final String JUMP = "jump";

    private Map<String, String> answers = new LinkedHashMap<>();
    private String action;
    private String jump;

    /** A button of the list of dimensions sends only {@code jump}; without any button the page counts as "next". */
    String actionOrNext() {
        if (jump != null && !jump.isBlank() && action == null) {
            return JUMP;
        }
        return action == null ? NEXT : action;
    }

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

    public String getJump() {
        return jump;
    }

    public void setJump(String jump) {
        this.jump = jump;
    }
}
