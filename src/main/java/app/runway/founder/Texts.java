package app.runway.founder;

import java.util.Map;

import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Questionnaire.Text;

/** A questionnaire's words in the reader's language, English where a text is missing. */
final class Texts {

    private final Questionnaire questionnaire;
    private final String lang;

    Texts(Questionnaire questionnaire, String lang) {
        this.questionnaire = questionnaire;
        this.lang = lang;
    }

    private Text of(Map<String, Text> texts) {
        Text text = texts.get(lang);
        if (text == null) {
            text = texts.getOrDefault("en", texts.values().stream().findFirst().orElse(new Text("", null)));
        }
        return text;
    }

    String dimension(String id) {
        return questionnaire.dimension(id).map(d -> of(d.texts()).title()).orElse(id);
    }

    String question(Question question) {
        return of(question.texts()).title();
    }

    /** An option's label; null for "I don't know" or an option the question does not have. */
    String option(Question question, String optionId) {
        return question.option(optionId).map(o -> o.labels().getOrDefault(lang, o.labels().get("en"))).orElse(null);
    }

    /** A band's title; null without a band. */
    String band(String bandId) {
        if (bandId == null) {
            return null;
        }
        return questionnaire.bands().stream().filter(b -> b.id().equals(bandId)).findFirst()
                .map(b -> of(b.texts()).title()).orElse(bandId);
    }
}
