package app.runway.programme;

/** A programme as a list or a choice names it. */
public record ProgrammeChoice(Long id, String name, boolean archived) {
}
