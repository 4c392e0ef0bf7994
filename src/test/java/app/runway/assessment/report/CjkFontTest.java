package app.runway.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the PDF's CJK font: the configured one, else the known places; and saying why not. */
class CjkFontTest {

    @TempDir
    Path folder;

    @Test
    void configuredTrueTypeFontWins() throws IOException {
        Path configured = font("configured.ttf", new byte[] {0, 1, 0, 0});
        Path known = font("known.ttf", new byte[] {0, 1, 0, 0});

        CjkFont.Located located = CjkFont.locate(configured.toString(), List.of(known));

        assertThat(located.path()).isEqualTo(configured);
        assertThat(located.problems()).isEmpty();
    }

    @Test
    void unusableConfiguredFontIsReportedAndTheKnownPlacesSearched() throws IOException {
        Path known = font("known.ttf", new byte[] {0, 1, 0, 0});

        CjkFont.Located located = CjkFont.locate(folder.resolve("missing.ttf").toString(), List.of(known));

        assertThat(located.path()).isEqualTo(known);
        assertThat(located.problems()).singleElement().asString()
                .contains("runway.pdf.cjk-font", "missing.ttf", "does not exist");
    }

    @Test
    void collectionsAndCffFontsArePassedOver() throws IOException {
        Path collection = font("NotoSansCJK-Regular.ttc", "ttcf".getBytes());
        Path cff = font("NotoSansCJKsc-Regular.otf", "OTTO".getBytes());
        Path trueType = font("DroidSansFallbackFull.ttf", "true".getBytes());

        CjkFont.Located located = CjkFont.locate("", List.of(collection, cff, trueType));

        assertThat(located.path()).isEqualTo(trueType);
        assertThat(CjkFont.problem(collection)).contains("collection");
        assertThat(CjkFont.problem(cff)).contains("CFF");
    }

    @Test
    void noFontAtAllSaysWhyAndWhatToInstall() throws IOException {
        Path text = font("notes.ttf", "hello".getBytes());

        CjkFont.Located located = CjkFont.locate(null, List.of(text, folder.resolve("gone.ttf")));

        assertThat(located.path()).isNull();
        assertThat(located.problems()).singleElement().asString()
                .contains("fonts-droid-fallback", "runway.pdf.cjk-font", "notes.ttf is not a TrueType font",
                        "gone.ttf does not exist");
        assertThat(new CjkFont(located).path()).isEmpty();
    }

    private Path font(String name, byte[] head) throws IOException {
        return Files.write(folder.resolve(name), head);
    }
}
