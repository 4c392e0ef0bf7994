package app.runway.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A part of a chapter page in one language: prose rendered at load, or the place of an entry,
 * whose title and body are then the entry's own.
 */
@Entity
@Table(name = "guide_section")
public class Section {

    @Id
    @GeneratedValue(generator = "guide_seq")
    @SequenceGenerator(name = "guide_seq", sequenceName = "guide_seq", allocationSize = 50)
    private Long id;

    private String chapterId;
    private String lang;
    private int position;
    private String anchor;
    private String heading;

    /** Sanitised at load; the only HTML a template prints unescaped, with the entries' bodies. */
    private String html;

    private String entryId;

    protected Section() {
    }

    Section(String chapterId, String lang, int position, String anchor, String heading, String html, String entryId) {
        this.chapterId = chapterId;
        this.lang = lang;
        this.position = position;
        this.anchor = anchor;
        this.heading = heading;
        this.html = html;
        this.entryId = entryId;
    }

    public String getChapterId() {
        return chapterId;
    }

    public int getPosition() {
        return position;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getHeading() {
        return heading;
    }

    public String getHtml() {
        return html;
    }

    public String getEntryId() {
        return entryId;
    }
}
