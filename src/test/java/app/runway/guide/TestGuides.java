package app.runway.guide;

import java.util.List;

import app.runway.guide.load.SourceFile;

/** Access to the bundled guide's files for tests in other packages. */
public final class TestGuides {

    private TestGuides() {
    }

    public static List<SourceFile> bundled() {
        return GuideSources.fromClasspath();
    }
}
