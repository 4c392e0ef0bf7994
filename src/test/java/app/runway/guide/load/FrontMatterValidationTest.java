package app.runway.guide.load;

import static app.runway.guide.load.GuideFiles.guide;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The front matter of a typed chapter: YAML between two '---' lines with id, order, title and summary. */
class FrontMatterValidationTest {

    private static final String ZH_A = """
            ---
            id: a
            order: 1
            title: 甲
            ---

            正文。
            """;

    @Test
    void rejectsFrontMatterThatIsNotValidYaml() {
        assertThat(guide().en("01-a.md", """
                ---
                id: a
                 order: 1
                title: A
                ---

                Text.
                """).problems()).containsExactly(
                "guide/en/01-a.md:3: cannot read YAML: mapping values are not allowed here");
    }

    @Test
    void rejectsFrontMatterThatIsNeverClosed() {
        assertThat(guide().en("01-a.md", """
                ---
                id: a
                order: 1
                title: A

                Text.
                """).problems()).containsExactly(
                "guide/en/01-a.md:1: the front matter opened here is never closed by a line '---'");
    }

    @Test
    void rejectsFrontMatterWithoutARequiredKey() {
        assertThat(guide().en("01-a.md", """
                ---
                id: a
                order: 1
                summary: No title.
                ---

                Text.
                """).zh("01-a.md", ZH_A).problems()).containsExactly(
                "guide/en/01-a.md:1: the front matter needs 'title'");
    }

    @Test
    void reportsEveryMissingFrontMatterKeyInTheOrderOfTheFormat() {
        assertThat(guide().en("01-a.md", """
                ---
                ---

                Text.
                """).problems()).containsExactly(
                "guide/en/01-a.md:1: the front matter needs 'id'",
                "guide/en/01-a.md:1: the front matter needs 'order'",
                "guide/en/01-a.md:1: the front matter needs 'title'");
    }

    @Test
    void rejectsAnEmptyRequiredValueOnce() {
        assertThat(guide().en("01-a.md", """
                ---
                id: a
                order:
                title: A
                ---
                """).zh("01-a.md", ZH_A).problems()).containsExactly(
                "guide/en/01-a.md:3: the front matter needs 'order'");
    }

    @Test
    void rejectsAnEmptyIdOnceWithoutFollowUpProblems() {
        assertThat(guide().en("01-a.md", """
                ---
                id:
                order: 1
                title: A
                ---
                """).problems()).containsExactly(
                "guide/en/01-a.md:2: the front matter needs 'id'");
    }

    @Test
    void rejectsAFrontMatterKeyWrittenTwice() {
        assertThat(guide().en("01-a.md", """
                ---
                id: a
                order: 1
                title: A
                order: 2
                ---
                """).zh("01-a.md", ZH_A).problems()).containsExactly(
                "guide/en/01-a.md:5: duplicate key 'order' (first on line 3)");
    }

    @Test
    void rejectsAnUnknownFrontMatterKey() {
        assertThat(guide().en("01-a.md", """
                ---
                id: a
                order: 1
                title: A
                author: Ann
                ---
                """).zh("01-a.md", ZH_A).problems()).containsExactly(
                "guide/en/01-a.md:5: unknown front matter key 'author' (allowed: id, order, title, summary)");
    }

    @Test
    void rejectsAnOrderThatIsNotAWholeNumber() {
        assertThat(guide().en("01-a.md", """
                ---
                id: a
                order: first
                title: A
                ---
                """).zh("01-a.md", ZH_A).problems()).containsExactly(
                "guide/en/01-a.md:3: order must be a whole number, not 'first'");
    }

    @Test
    void rejectsAChapterIdThatIsNotLowerCaseWithHyphens() {
        String en = """
                ---
                id: Chapter_A
                order: 1
                title: A
                ---
                """;
        assertThat(guide().en("01-a.md", en).zh("01-a.md", en.replace("title: A", "title: 甲")).problems())
                .containsExactly(
                        "guide/en/01-a.md:2: id 'Chapter_A' must use lower-case letters, digits and hyphens",
                        "guide/zh/01-a.md:2: id 'Chapter_A' must use lower-case letters, digits and hyphens");
    }

    @Test
    void rejectsFrontMatterWithANestedBlock() {
        assertThat(guide().en("01-a.md", """
                ---
                id: a
                order: 1
                title:
                  en:
                    text: A
                ---
                """).problems()).containsExactly(
                "guide/en/01-a.md:4: 'title' must be a value or a list, not a nested block");
    }
}
