package app.runway.assessment.api;

import java.util.List;
import java.util.Locale;

import app.runway.assessment.api.InvalidRequestException.FieldProblem;
import app.runway.system.Languages;

/**
 * The language of the localised texts in an API answer, from {@code ?lang}. Unlike the pages, the
 * API refuses a language it does not speak instead of falling back, so that a typo is noticed.
 */
final class ApiLanguage {

    static final String PARAMETER = "lang";
    private static final List<String> SUPPORTED = List.of("en", "zh");

    private ApiLanguage() {
    }

    /** {@code en} when absent; adds a problem and answers {@code en} when not supported. */
    static String parse(String lang, List<FieldProblem> problems) {
        if (lang == null) {
            return "en";
        }
        if (!SUPPORTED.contains(lang)) {
            problems.add(new FieldProblem(PARAMETER, "unsupported language '" + lang + "' (en or zh)"));
            return "en";
        }
        return lang;
    }

    static Locale locale(String lang) {
        return "zh".equals(lang) ? Languages.CHINESE : Languages.ENGLISH;
    }
}
