package app.runway.cohort;

import java.util.Locale;
import java.util.Map;

import app.runway.assessment.ReviewState;
import app.runway.questionnaire.Stage;
import org.springframework.context.MessageSource;

/**
 * Everything the dashboard and the CSV write as words, in one language: dimension, band and guide
 * entry titles from the guide in force, stages and review states from the messages. An id the
 * guide no longer knows is shown as the id.
 *
 * @param dimensions dimension id to title, in questionnaire order
 * @param entries    guide entry id (industry, risk, pitfall) to its title and page
 */
record CohortLabels(Map<String, String> dimensions, Map<String, Entry> entries, Map<String, String> bands,
        MessageSource messages, Locale locale) {

    record Entry(String title, String url) {
    }

    String dimension(String id) {
        return dimensions.getOrDefault(id, id);
    }

    String entry(String id) {
        Entry entry = entries.get(id);
        return entry == null ? id : entry.title();
    }

    /** The entry's page in the guide, or null when the guide no longer has it. */
    String url(String id) {
        Entry entry = entries.get(id);
        return entry == null ? null : entry.url();
    }

    String band(String id) {
        return id == null ? null : bands.getOrDefault(id, id);
    }

    String stage(Stage stage) {
        return stage == null ? null : message("cohort.stage." + stage.id());
    }

    String state(ReviewState state) {
        return state == null ? null : message("cohort.state." + state.name());
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
