package app.runway.guide.load;

import static app.runway.guide.load.TestChapters.ZH_NOTES;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The structure of a typed chapter: headings, entry boxes and code blocks. */
class StructureValidationTest {

    /** The front matter of a typed chapter: the body of each case starts on line 7. */
    private static final String FRONT_MATTER = """
            ---
            id: notes
            order: 2
            title: Notes
            ---

            """;

    /** The notes chapter in both languages, with {@code en} as the English file. */
    private static GuideFiles notes(String en) {
        return TestChapters.risks().en("02-notes.md", en).zh("02-notes.md", ZH_NOTES);
    }

    /** The notes chapter with this body after its front matter. */
    private static GuideFiles typedNotes(String body) {
        return notes(FRONT_MATTER + body);
    }

    @Test
    void rejectsALevelOneHeadingInATypedChapter() {
        assertThat(typedNotes("""
                # Notes

                Some notes.
                """).problems()).containsExactly("guide/en/02-notes.md:7: a chapter with front matter takes its title"
                + " from the front matter: use '##' for sections, not '#'");
    }

    @Test
    void rejectsAHeadingThatSkipsALevel() {
        assertThat(typedNotes("""
                ## Background

                #### Details

                Some notes.
                """).problems()).containsExactly("guide/en/02-notes.md:9: heading level jumps from 2 to 4: use '###'");
    }

    @Test
    void acceptsHeadingsThatGoDeeperOneLevelAtATimeAndComeBackUp() {
        LoadedGuide guide = typedNotes("""
                ## Background

                ### Details

                #### More details

                ## Next section

                ### Again
                """).load();

        assertThat(guide.chapters().get(1).texts().get("en").sections())
                .extracting(LoadedGuide.Section::heading).containsExactly("Background", "Next section");
    }

    @Test
    void rejectsAnEntryBoxAfterAParagraph() {
        assertThat(typedNotes("""
                ## Healthcare

                Hospitals and clinics.

                ```entry
                id: healthcare
                kind: industry
                summary: Hospitals.
                ```
                """).problems()).containsExactly(
                "guide/en/02-notes.md:11: an entry box must come right after a level-2 heading ('## Title')");
    }

    @Test
    void rejectsAnEntryBoxUnderALevelThreeHeading() {
        assertThat(typedNotes("""
                ## Sectors

                ### Healthcare

                ```entry
                id: healthcare
                kind: industry
                summary: Hospitals.
                ```
                """).problems()).containsExactly(
                "guide/en/02-notes.md:11: an entry box must come right after a level-2 heading ('## Title')");
    }

    @Test
    void rejectsAnEntryBoxInTheIntroduction() {
        assertThat(notes("""
                ---
                id: notes
                order: 2
                title: Notes
                ---
                ```entry
                id: healthcare
                kind: industry
                summary: Hospitals.
                ```
                """).problems()).containsExactly(
                "guide/en/02-notes.md:6: an entry box must come right after a level-2 heading ('## Title')");
    }

    @Test
    void rejectsACodeBlockThatIsNeverClosed() {
        assertThat(typedNotes("""
                Run this:

                ```python
                print("hello")
                """).problems()).containsExactly(
                "guide/en/02-notes.md:9: this code block is never closed: add a line with ```");
    }

    @Test
    void rejectsAnEntryBoxThatIsNeverClosed() {
        String zh = ZH_NOTES.replace("一些笔记。", """
                ## 医疗

                ```entry
                id: healthcare
                kind: industry
                summary: 医院。
                ```""");
        assertThat(TestChapters.risks().zh("02-notes.md", zh).en("02-notes.md", """
                ---
                id: notes
                order: 2
                title: Notes
                ---

                ## Healthcare

                ~~~~entry
                id: healthcare
                kind: industry
                summary: Hospitals.
                """).problems()).containsExactly(
                "guide/en/02-notes.md:9: this code block is never closed: add a line with ~~~~");
    }
}
