package app.runway.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.runway.guide.load.SourceFile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A large but valid guide for benchmarks: {@code copies} copies of every chapter file, copy
 * {@code n} with every id suffixed with {@code -n} (chapter ids, entry ids, the ids in link keys
 * such as {@code mitigates} and in {@code [text](@id)} links), so that the copies do not collide
 * and every link of copy {@code n} points into copy {@code n}. File names get the same suffix
 * ({@code 03-strategy.md} becomes {@code 03-strategy-7.md}), which also keeps the ids of plain
 * chapters, taken from the file name, apart.
 *
 * <p>Run as a program it writes such a guide to a folder, for {@code runway.guide.location}:
 * {@code java -cp target/test-classes:target/classes app.runway.bench.LargeGuide SOURCE TARGET [COPIES]},
 * where {@code SOURCE} is a guide folder such as {@code src/main/resources/guide}.
 */
public final class LargeGuide {

    /** The entry box keys whose values are ids (see docs/guide-format.md). */
    static final Set<String> ID_KEYS = Set.of("mitigates", "avoided-by", "risks", "strategies", "industries",
            "related");

    private static final String ID = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern ID_TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])(" + ID + ")(?![A-Za-z0-9_-])");
    private static final Pattern AT_LINK = Pattern.compile("\\]\\(@(" + ID + ")(?![a-z0-9-])");
    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*)(\\s*:)(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*-\\s+)(.*)$");
    private static final Pattern ENTRY_FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*entry\\s*$");

    private LargeGuide() {
    }

    /** The guide bundled in the application, read from the classpath as the application reads it. */
    public static List<SourceFile> bundled() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:guide/*/*.md");
            List<SourceFile> sources = new ArrayList<>();
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String[] parts = url.substring(url.lastIndexOf("guide/")).split("/");
                sources.add(new SourceFile("guide/" + parts[1] + "/" + parts[2], parts[1], parts[2],
                        resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            if (sources.isEmpty()) {
                throw new IllegalStateException("no guide/*/*.md on the classpath");
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled guide", e);
        }
    }

    /** The chapter files of a guide folder ({@code <root>/<lang>/*.md}). */
    public static List<SourceFile> fromFolder(Path root) {
        try (Stream<Path> paths = Files.list(root)) {
            List<SourceFile> sources = new ArrayList<>();
            for (Path langDir : paths.filter(Files::isDirectory).sorted().toList()) {
                String lang = langDir.getFileName().toString();
                try (Stream<Path> files = Files.list(langDir)) {
                    for (Path file : files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                            .sorted().toList()) {
                        String name = file.getFileName().toString();
                        sources.add(new SourceFile("guide/" + lang + "/" + name, lang, name,
                                Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the guide in " + root, e);
        }
    }

    /** {@code copies} renamed copies of every file, copy 1 to copy {@code copies}; the originals are not included. */
    public static List<SourceFile> copies(List<SourceFile> files, int copies) {
        List<SourceFile> result = new ArrayList<>(files.size() * copies);
        for (int n = 1; n <= copies; n++) {
            for (SourceFile file : files) {
                result.add(copy(file, n));
            }
        }
        return result;
    }

    /** One file with every id suffixed with {@code -n}. */
    public static SourceFile copy(SourceFile file, int n) {
        String suffix = "-" + n;
        String name = file.name().replaceFirst("(\\.md)?$", suffix + "$1");
        String path = file.path().substring(0, file.path().length() - file.name().length()) + name;
        return new SourceFile(path, file.lang(), name, rewrite(file.content(), suffix));
    }

    static String rewrite(String content, String suffix) {
        String[] lines = content.split("\n", -1);
        StringBuilder out = new StringBuilder(content.length() + 4096);
        boolean frontMatter = !lines[0].isEmpty() && lines[0].replace("\uFEFF", "").strip().equals("---");
        String entryFence = null; // the fence of the entry box we are in
        boolean idList = false; // inside a "key:" whose "- item" lines are ids
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean cr = line.endsWith("\r");
            String text = cr ? line.substring(0, line.length() - 1) : line;
            if (frontMatter && i > 0 && text.strip().equals("---")) {
                frontMatter = false;
            } else if (frontMatter && i > 0) {
                text = boxLine(text, suffix, Set.of(), false);
            } else if (entryFence != null) {
                if (closes(text, entryFence)) {
                    entryFence = null;
                    idList = false;
                } else {
                    Matcher key = KEY_LINE.matcher(text);
                    if (key.matches()) {
                        idList = ID_KEYS.contains(key.group(1)) && key.group(3).isBlank();
                    }
                    text = boxLine(text, suffix, ID_KEYS, idList);
                }
            } else {
                Matcher fence = ENTRY_FENCE.matcher(text);
                if (fence.matches()) {
                    entryFence = fence.group(1);
                } else {
                    text = AT_LINK.matcher(text).replaceAll("](@$1" + suffix);
                }
            }
            out.append(text);
            if (cr) {
                out.append('\r');
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Whether {@code line} closes a code block opened with {@code fence}: the same character, at least as many. */
    private static boolean closes(String line, String fence) {
        String stripped = line.strip();
        return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** A line of front matter or of an entry box: suffix the id, and the ids of the link keys. */
    private static String boxLine(String line, String suffix, Set<String> idKeys, boolean inIdList) {
        Matcher key = KEY_LINE.matcher(line);
        if (key.matches()) {
            String name = key.group(1);
            if (name.equals("id") || idKeys.contains(name)) {
                return name + key.group(2) + suffixIds(key.group(3), suffix);
            }
            return line;
        }
        Matcher item = LIST_ITEM.matcher(line);
        if (inIdList && item.matches()) {
            return item.group(1) + suffixIds(item.group(2), suffix);
        }
        return line;
    }

    private static String suffixIds(String value, String suffix) {
        return ID_TOKEN.matcher(value).replaceAll("$1" + suffix);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: LargeGuide SOURCE-GUIDE-FOLDER TARGET-FOLDER [COPIES=20]");
            System.exit(2);
        }
        Path target = Path.of(args[1]);
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<SourceFile> files = copies(fromFolder(Path.of(args[0])), copies);
        for (SourceFile file : files) {
            Path out = target.resolve(file.lang()).resolve(file.name());
            Files.createDirectories(out.getParent());
            Files.writeString(out, file.content(), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + files.size() + " files (" + copies + " copies) to " + target);
    }
}
