package app.runway.guide;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A chapter's title and summary in one language. */
@Entity
@Table(name = "guide_chapter_text")
public class ChapterText {

    @Id
    @GeneratedValue(generator = "guide_seq")
    @SequenceGenerator(name = "guide_seq", sequenceName = "guide_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chapter_id")
    private Chapter chapter;

    private String lang;
    private String title;
    private String summary;
    private String sourcePath;

    protected ChapterText() {
    }

    ChapterText(Chapter chapter, String lang, String title, String summary, String sourcePath) {
        this.chapter = chapter;
        this.lang = lang;
        this.title = title;
        this.summary = summary;
        this.sourcePath = sourcePath;
    }

    public Chapter getChapter() {
        return chapter;
    }

    public String getLang() {
        return lang;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getSourcePath() {
        return sourcePath;
    }
}
