package app.runway.guide;

import app.runway.guide.model.EntryKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A risk, strategy, case study, pitfall or other thing the guide describes, with the facts that
 * do not depend on the language. Its id is the author's slug, stable across reloads.
 */
@Entity
@Table(name = "guide_entry")
public class Entry {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    private String chapterId;
    private int position;

    /** A risk's category, or the type of a trend or a resource. */
    private String category;

    private String severity;
    private String country;

    @Column(name = "founded_year")
    private Integer founded;

    protected Entry() {
    }

    Entry(String id, EntryKind kind, String chapterId, int position, String category, String severity,
            String country, Integer founded) {
        this.id = id;
        this.kind = kind;
        this.chapterId = chapterId;
        this.position = position;
        this.category = category;
        this.severity = severity;
        this.country = country;
        this.founded = founded;
    }

    public String getId() {
        return id;
    }

    public EntryKind getKind() {
        return kind;
    }

    public String getChapterId() {
        return chapterId;
    }

    public int getPosition() {
        return position;
    }

    public String getCategory() {
        return category;
    }

    public String getSeverity() {
        return severity;
    }

    public String getCountry() {
        return country;
    }

    public Integer getFounded() {
        return founded;
    }

    public String getUrl() {
        return kind.url(id);
    }
}
