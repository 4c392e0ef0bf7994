package app.runway.questionnaire;

import java.util.Map;

import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Questionnaire.Text;

/**
 * A questionnaire's words in the reader's language, English where a text is missing: dimension, question,
 * option and band titles as every page that shows answers or scores writes them.
 */
public final class QuestionnaireTexts {

    private final Questionnaire questionnaire;
    private final String lang;

    public QuestionnaireTexts(Questionnaire questionnaire, String lang) {
        this.questionnaire = questionnaire;
        this.lang = lang;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** The text in the reader's language, else English, else any. */
    public Text of(Map<String, Text> texts) {
        Text text = texts.get(lang);
        if (text == null) {
            text = texts.getOrDefault("en", texts.values().stream().findFirst().orElse(new Text("", null)));
        }
        return text;
    }

    public String dimension(String id) {
        return questionnaire.dimension(id).map(d -> of(d.texts()).title()).orElse(id);
    }

    public String question(Question question) {
        return of(question.texts()).title();
    }

    /** An option's label; null for "I don't know" or an option the question does not have. */
    public String option(Question question, String optionId) {
        return question.option(optionId).map(o -> o.labels().getOrDefault(lang, o.labels().get("en"))).orElse(null);
    }

    /** A band's title; null without a band. */
    public String band(String bandId) {
        if (bandId == null) {
            return null;
        }
        return questionnaire.bands().stream().filter(b -> b.id().equals(bandId)).findFirst()
                .map(b -> of(b.texts()).title()).orElse(bandId);
    }
}
