package app.runway.guide.load;

import static app.runway.guide.load.TestChapters.ZH_NOTES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** A broken structure: the guide, named by what is broken, and the one problem it must cause. */
    private static Arguments refused(String what, GuideFiles guide, String problem) {
        return Arguments.of(Named.of(what, guide), problem);
    }

    static Stream<Arguments> brokenStructures() {
        return Stream.of(
                refused("a level-one heading in a typed chapter", typedNotes("""
                        # Notes

                        Some notes.
                        """), "guide/en/02-notes.md:7: a chapter with front matter takes its title"
                        + " from the front matter: use '##' for sections, not '#'"),
                refused("a heading that skips a level", typedNotes("""
                        ## Background

                        #### Details

                        Some notes.
                        """), "guide/en/02-notes.md:9: heading level jumps from 2 to 4: use '###'"),
                refused("an entry box after a paragraph", typedNotes("""
                        ## Healthcare

                        Hospitals and clinics.

                        ```entry
                        id: healthcare
                        kind: industry
                        summary: Hospitals.
                        ```
                        """), "guide/en/02-notes.md:11: an entry box must come right after a level-2 heading ('## Title')"),
                refused("an entry box under a level-three heading", typedNotes("""
                        ## Sectors

                        ### Healthcare

                        ```entry
                        id: healthcare
                        kind: industry
                        summary: Hospitals.
                        ```
                        """), "guide/en/02-notes.md:11: an entry box must come right after a level-2 heading ('## Title')"),
                refused("an entry box in the introduction", notes("""
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
                        """), "guide/en/02-notes.md:6: an entry box must come right after a level-2 heading ('## Title')"),
                refused("a code block that is never closed", typedNotes("""
                        Run this:

                        ```python
                        print("hello")
                        """), "guide/en/02-notes.md:9: this code block is never closed: add a line with ```"),
                refused("an entry box that is never closed", unclosedEntryBox(),
                        "guide/en/02-notes.md:9: this code block is never closed: add a line with ~~~~"));
    }

    /** An English entry box opened with ~~~~ and never closed; the Chinese file holds the same entry, closed. */
    private static GuideFiles unclosedEntryBox() {
        String zh = ZH_NOTES.replace("一些笔记。", """
                ## 医疗

                ```entry
                id: healthcare
                kind: industry
                summary: 医院。
                ```""");
        return TestChapters.risks().zh("02-notes.md", zh).en("02-notes.md", """
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
                """);
    }

    @ParameterizedTest(name = "rejects {0}")
    @MethodSource("brokenStructures")
    void rejectsTheBrokenStructureWithOneProblemAtItsLine(GuideFiles guide, String problem) {
        assertThat(guide.problems()).containsExactly(problem);
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
}
