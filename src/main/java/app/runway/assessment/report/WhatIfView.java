package app.runway.assessment.report;

import java.util.List;

import app.runway.assessment.report.ReportView.QuestionChoice;
import app.runway.assessment.report.ReportView.QuestionGroup;

/**
 * The what-if page: the question chosen (null until one is), its options with the founder's
 * current answer marked, and with an option chosen ({@code chosen}) what would change
 * ({@code comparison}); both null until then.
 */
record WhatIfView(String token, String startupName, List<QuestionGroup> questions, QuestionChoice question,
        String dimension, List<OptionChoice> options, OptionChoice chosen, Comparison comparison) {

    public String reportUrl() {
        return "/assessments/" + token + "/report";
    }

    /** An answer to choose; {@code label} is null for "I don't know", which the template words. */
    record OptionChoice(String id, String label, boolean current) {
    }
}
