package app.runway.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import app.runway.guide.load.SourceFile;

/** The bundled guide for tests in any package: its files, or a copy in a folder that a test may edit. */
public final class TestGuides {

    private TestGuides() {
    }

    public static List<SourceFile> bundled() {
        return GuideSources.fromClasspath();
    }

    /** Writes the bundled guide to a new temporary folder, laid out as runway.guide.location expects. */
    public static Path copyOfBundled(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            for (SourceFile file : bundled()) {
                Path target = folder.resolve(file.lang()).resolve(file.name());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void replaceInFile(Path folder, String relative, String from, String to) throws IOException {
        Path file = folder.resolve(relative);
        Files.writeString(file, Files.readString(file).replace(from, to));
    }

    public static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
