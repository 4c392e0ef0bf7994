package app.runway.founder;

import jakarta.validation.constraints.Size;

/** What a founder may add when submitting for review: an optional note to the mentors. */
class SubmitForm {

    static final int NOTE_MAX = 2000;

    @Size(max = NOTE_MAX, message = "{founder.submit.note.tooLong}")
    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
