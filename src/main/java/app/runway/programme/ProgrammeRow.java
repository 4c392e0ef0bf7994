package app.runway.programme;

import java.time.LocalDate;

/** A programme in the list, with how many people and submitted assessments it has. */
record ProgrammeRow(Long id, String name, LocalDate startsOn, LocalDate endsOn, String language, boolean archived,
        int mentors, int founders, int assessments) {
}
