package app.runway.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The browsers of one test method. Each is a separate Chromium with a fresh profile, so nothing
 * (cookies, session, storage, cache) carries over from one to the next: what a person sees who closed
 * the browser and came back later. All still open are closed after the test.
 */
public final class Browsers {

    private final String baseUrl;
    private final List<Browser> started = new ArrayList<>();

    Browsers(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Starts another Chromium, already pointed at the running application. */
    public Browser start() {
        Browser browser = ChromiumExtension.start(baseUrl);
        started.add(browser);
        return browser;
    }

    /** The first browser started, starting it if none was: what a {@link Browser} parameter receives. */
    Browser first() {
        return started.isEmpty() ? start() : started.get(0);
    }

    /** Keeps what each browser still open shows, numbered when a test used several. */
    void keepEvidence(Path folder, String name) {
        for (int i = 0; i < started.size(); i++) {
            Browser browser = started.get(i);
            if (browser.isOpen()) {
                browser.keepEvidence(folder, started.size() == 1 ? name : name + "-browser" + (i + 1));
            }
        }
    }

    void close() {
        RuntimeException failure = null;
        for (Browser browser : started) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        started.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
