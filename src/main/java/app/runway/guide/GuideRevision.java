package app.runway.guide;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A record of one load of the guide; the newest one names the guide in the database now. */
@Entity
@Table(name = "guide_revision")
public class GuideRevision {

    @Id
    @GeneratedValue(generator = "guide_seq")
    @SequenceGenerator(name = "guide_seq", sequenceName = "guide_seq", allocationSize = 50)
    private Long id;

    private String contentHash;
    private Instant loadedAt;
    private int chapterCount;
    private int entryCount;

    protected GuideRevision() {
    }

    GuideRevision(String contentHash, Instant loadedAt, int chapterCount, int entryCount) {
        this.contentHash = contentHash;
        this.loadedAt = loadedAt;
        this.chapterCount = chapterCount;
        this.entryCount = entryCount;
    }

    public Long getId() {
        return id;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public int getChapterCount() {
        return chapterCount;
    }

    public int getEntryCount() {
        return entryCount;
    }
}
