package app.runway.programme;

import java.time.LocalDate;
import java.util.Objects;

/** What an admin sets on a programme; checked by {@link ProgrammeForm} before it gets here. */
record ProgrammeDetails(String name, LocalDate startsOn, LocalDate endsOn, String language) {

    ProgrammeDetails {
        Objects.requireNonNull(name);
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a programme ends after it starts");
        }
        if (!language.equals("en") && !language.equals("zh")) {
            throw new IllegalArgumentException("unknown language " + language);
        }
    }
}
