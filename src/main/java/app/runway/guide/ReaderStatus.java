package app.runway.guide;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The reader's own standing with a guide entry, shown on the entry's page ("flagged in your
 * assessment"). Implemented by features that know the reader, such as the assessment report, so
 * that the guide depends on none of them; the guide works the same without any implementation.
 */
public interface ReaderStatus {

    /**
     * The reader's status for an entry, if any. Asked on every entry page: answer at once when the
     * request carries nothing of the reader's (no cookie of yours).
     */
    Optional<Status> of(String entryId, HttpServletRequest request);

    /**
     * What to show: a sentence (a message key whose {0} is the startup's name, as the founder typed
     * it) and a link back to where it comes from.
     */
    record Status(String messageKey, String startupName, String link) {
    }
}
