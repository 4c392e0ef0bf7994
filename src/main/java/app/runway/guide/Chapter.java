package app.runway.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A chapter of the guide; its texts per language are {@link ChapterText}s. */
@Entity
@Table(name = "guide_chapter")
public class Chapter {

    @Id
    private String id;

    private int position;

    /** Loaded from a file without front matter: no entries, maybe one language only. */
    private boolean plain;

    protected Chapter() {
    }

    Chapter(String id, int position, boolean plain) {
        this.id = id;
        this.position = position;
        this.plain = plain;
    }

    public String getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public boolean isPlain() {
        return plain;
    }
}
