package app.runway.assessment.report;

/**
 * The what-if form: a question id and, once chosen, an option id ({@code unknown} for "I don't
 * know"). A bean, not a record, so that the form's error fragments can read its fields.
 */
class WhatIfForm {

    private String question;
    private String option;

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getOption() {
        return option;
    }

    public void setOption(String option) {
        this.option = option;
    }

    boolean hasOption() {
        return option != null && !option.isBlank();
    }
}
