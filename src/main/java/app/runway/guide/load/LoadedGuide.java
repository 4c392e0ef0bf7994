package app.runway.guide.load;

import java.util.List;
import java.util.Map;

import app.runway.guide.model.EntryKind;
import app.runway.guide.model.Relation;
import app.runway.questionnaire.Questionnaire;

/**
 * A valid guide, parsed and rendered, ready to be stored. Texts are keyed by language code.
 *
 * @param contentHash   identifies the files it was loaded from, so that an unchanged guide is not reloaded
 * @param questionnaire the readiness questionnaire loaded with the guide, or null when the guide has none
 */
public record LoadedGuide(String contentHash, List<Chapter> chapters, List<Entry> entries, List<Link> links,
        Questionnaire questionnaire) {

    public record Chapter(String id, int position, boolean plain, Map<String, ChapterText> texts) {
    }

    public record ChapterText(String title, String summary, String sourcePath, List<Section> sections) {
    }

    /**
     * A part of a chapter page. For an entry's section {@code entryId} is set and the body comes from the entry.
     *
     * @param plainText the section's words without markup, for the search index
     */
    public record Section(int position, String anchor, String heading, String html, String entryId,
            String plainText) {
    }

    /**
     * @param category a risk's category, or the type of a trend or a resource
     */
    public record Entry(String id, EntryKind kind, String chapterId, int position, String category, String severity,
            String country, Integer founded, Map<String, EntryText> texts) {
    }

    public record EntryText(String title, String summary, String bodyMarkdown, String bodyHtml, String plainText,
            List<String> successFactors, List<String> lessons) {
    }

    public record Link(String sourceId, String targetId, Relation relation) {
    }
}
