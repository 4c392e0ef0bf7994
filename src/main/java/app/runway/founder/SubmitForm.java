package app.runway.founder;

import jakarta.validation.constraints.Size;

/**
 * What a founder chooses when submitting for review: whose mentors see it (a programme the founder
 * belongs to, or blank for every mentor) and an optional note to them.
 */
class SubmitForm {

    private String programme;

    static final int NOTE_MAX = 2000;

    @Size(max = NOTE_MAX, message = "{founder.submit.note.tooLong}")
    private String note;

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
