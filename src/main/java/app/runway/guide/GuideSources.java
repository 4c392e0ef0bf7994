package app.runway.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import app.runway.guide.load.SourceFile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Reads the guide's files from the configured folder, or from the copy bundled in the application. */
@Component
class GuideSources {

    private final GuideProperties properties;

    GuideSources(GuideProperties properties) {
        this.properties = properties;
    }

    List<SourceFile> read() {
        return properties.bundled() ? fromClasspath() : fromFolder(Path.of(properties.location()));
    }

    static List<SourceFile> fromFolder(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("runway.guide.location is not a folder: " + root.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            List<SourceFile> sources = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList()) {
                if (file.getParent().equals(root)) {
                    continue; // a README beside the language folders is not a chapter
                }
                sources.add(new SourceFile(file.toString(), file.getParent().getFileName().toString(),
                        file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the guide in " + root, e);
        }
    }

    static List<SourceFile> fromClasspath() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:guide/*/*.md");
            List<SourceFile> sources = new ArrayList<>();
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf("guide/"));
                String[] parts = relative.split("/");
                sources.add(new SourceFile(relative, parts[1], parts[2],
                        resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled guide", e);
        }
    }
}
