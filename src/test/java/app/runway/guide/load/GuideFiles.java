package app.runway.guide.load;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the files of a test guide fluently, {@code GuideFiles.guide().en("01-a.md", text).zh("01-a.md", text)},
 * and loads them. Each file's path is {@code guide/<lang>/<name>}, as for the bundled guide.
 */
final class GuideFiles {

    private final List<SourceFile> files = new ArrayList<>();

    private GuideFiles() {
    }

    static GuideFiles guide() {
        return new GuideFiles();
    }

    GuideFiles en(String name, String content) {
        return file("en", name, content);
    }

    GuideFiles zh(String name, String content) {
        return file("zh", name, content);
    }

    GuideFiles file(String lang, String name, String content) {
        files.add(new SourceFile("guide/" + lang + "/" + name, lang, name, content));
        return this;
    }

    List<SourceFile> files() {
        return List.copyOf(files);
    }

    LoadedGuide load() {
        return new GuideLoader().load(files());
    }

    /** Loads the guide, expecting it to be refused, and returns the problems as {@code path:line: message}. */
    List<String> problems() {
        try {
            load();
        } catch (InvalidGuideException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        return fail("expected the guide to be refused, but it loaded");
    }
}
