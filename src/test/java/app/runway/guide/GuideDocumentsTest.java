package app.runway.guide;

import static org.assertj.core.api.Assertions.assertThat;

import app.runway.guide.load.GuideLoader;
import app.runway.guide.load.LoadedGuide;
import org.junit.jupiter.api.Test;

/**
 * The stored document of a guide revision is the loaded guide itself: an instance that builds its pages
 * from it (another instance reloaded, or a restart with unchanged files) serves what parsing would give.
 */
class GuideDocumentsTest {

    @Test
    void theBundledGuideComesBackEqualFromItsDocument() {
        LoadedGuide parsed = new GuideLoader().load(TestGuides.bundled());
        byte[] document = GuideDocuments.write(parsed);

        assertThat(GuideDocuments.read(document)).isEqualTo(parsed);
        assertThat(document.length).as("gzipped JSON").isLessThan(2_000_000);
    }
}
