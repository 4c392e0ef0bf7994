package app.runway.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An accelerator's or incubator's cohort, run in one language between two dates. */
@Entity
@Table(name = "programme")
class Programme {

    @Id
    @GeneratedValue(generator = "programme_seq")
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    private Long id;

    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String language;
    private Instant archivedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected Programme() {
    }

    Programme(ProgrammeDetails details, Instant now) {
        change(details);
        this.createdAt = now;
    }

    void change(ProgrammeDetails details) {
        this.name = details.name();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.language = details.language();
    }

    /** No one joins an archived programme; what was shared in it stays readable by its mentors. */
    void archive(Instant now) {
        if (archivedAt == null) {
            archivedAt = now;
        }
    }

    void reopen() {
        archivedAt = null;
    }

    boolean isArchived() {
        return archivedAt != null;
    }

    ProgrammeDetails details() {
        return new ProgrammeDetails(name, startsOn, endsOn, language);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    String getLanguage() {
        return language;
    }

    long getVersion() {
        return version;
    }
}
