package app.runway.guide;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An entry's words in one language: title, summary, and the body as written and as rendered. */
@Entity
@Table(name = "guide_entry_text")
public class EntryText {

    private static final String LINE = "\n";

    @Id
    @GeneratedValue(generator = "guide_seq")
    @SequenceGenerator(name = "guide_seq", sequenceName = "guide_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private Entry entry;

    private String lang;
    private String title;
    private String summary;
    private String bodyMarkdown;

    /** Sanitised at load. */
    private String bodyHtml;

    /** One item per line; a case study's success factors. */
    private String successFactors;

    /** One item per line; a case study's lessons. */
    private String lessons;

    protected EntryText() {
    }

    EntryText(Entry entry, String lang, String title, String summary, String bodyMarkdown, String bodyHtml,
            List<String> successFactors, List<String> lessons) {
        this.entry = entry;
        this.lang = lang;
        this.title = title;
        this.summary = summary;
        this.bodyMarkdown = bodyMarkdown;
        this.bodyHtml = bodyHtml;
        this.successFactors = successFactors.isEmpty() ? null : String.join(LINE, successFactors);
        this.lessons = lessons.isEmpty() ? null : String.join(LINE, lessons);
    }

    public Entry getEntry() {
        return entry;
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

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public List<String> getSuccessFactors() {
        return lines(successFactors);
    }

    public List<String> getLessons() {
        return lines(lessons);
    }

    private static List<String> lines(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(LINE));
    }
}
