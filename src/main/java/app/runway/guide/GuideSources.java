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

    /** The part of a bundled file's URL from "guide/": guide/en/01-x.md or guide/en/questionnaire/01-x.md. */
    private static final java.util.regex.Pattern BUNDLED =
            java.util.regex.Pattern.compile(".*/(guide/[a-z]+/(?:questionnaire/)?[^/]+\\.md)$");

    private final GuideProperties properties;

    GuideSources(GuideProperties properties) {
        this.properties = properties;
    }

    List<SourceFile> read() {
        return read(properties);
    }

    static List<SourceFile> read(GuideProperties properties) {
        return properties.bundled() ? fromClasspath() : fromFolder(Path.of(properties.location()));
    }

    static List<SourceFile> fromFolder(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("runway.guide.location is not a folder: " + root.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(root, 3)) {
            List<SourceFile> sources = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList()) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // a README beside the language folders is not a chapter
                }
                String name = relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
                sources.add(new SourceFile(file.toString(), relative.getName(0).toString(), name,
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the guide in " + root, e);
        }
    }

    static List<SourceFile> fromClasspath() {
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            List<Resource> resources = new ArrayList<>(List.of(resolver.getResources("classpath*:guide/*/*.md")));
            resources.addAll(List.of(resolver.getResources("classpath*:guide/*/questionnaire/*.md")));
            List<SourceFile> sources = new ArrayList<>();
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                java.util.regex.Matcher m = BUNDLED.matcher(url);
                if (!m.matches()) {
                    continue;
                }
                String relative = m.group(1);
                String[] parts = relative.split("/", 3);
                sources.add(new SourceFile(relative, parts[1], parts[2],
                        resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled guide", e);
        }
    }
}
