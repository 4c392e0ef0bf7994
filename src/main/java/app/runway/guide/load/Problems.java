package app.runway.guide.load;

import java.util.ArrayList;
import java.util.List;

/** Collects problems as they are found, so that one run reports all of them. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(String path, int line, String message) {
        found.add(new Problem(path, line, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
