package app.runway.guide;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Holds the guide snapshot in force. Publishing a new one is a single reference swap, so a request
 * that took the old snapshot finishes with it while the next one sees the new revision whole.
 */
@Component
public class GuideSnapshots {

    /** Told to whoever keeps things derived from the guide (rendered pages): the revision in force changed. */
    public record Published(String revision) {
    }

    private final ApplicationEventPublisher events;
    private volatile GuideSnapshot current;

    GuideSnapshots(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * The snapshot in force.
     *
     * @throws IllegalStateException before the guide was first loaded
     */
    public GuideSnapshot current() {
        GuideSnapshot snapshot = current;
        if (snapshot == null) {
            throw new IllegalStateException("the guide is not loaded yet");
        }
        return snapshot;
    }

    /** Whether a guide has been loaded: readiness waits for it. */
    public boolean isLoaded() {
        return current != null;
    }

    void publish(GuideSnapshot snapshot) {
        String before = current == null ? null : current.revision();
        current = snapshot;
        if (!snapshot.revision().equals(before)) {
            events.publishEvent(new Published(snapshot.revision()));
        }
    }
}
