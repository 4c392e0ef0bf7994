package app.runway.assessment.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The font the PDF uses for Chinese text, found once at start-up: the configured path, else the
 * first usable file among the usual Debian places. PDFBox embeds TrueType outlines only, so
 * collections ({@code .ttc}, as Debian ships Noto CJK) and CFF-based OpenType files are passed over
 * with the reason logged.
 */
@Component
class CjkFont {

    private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

    /** Where Debian packages put CJK fonts PDFBox can embed, best first. */
    static final List<Path> KNOWN_PATHS = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansSC-Regular.otf"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf"),
            Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"));

    private static final byte[] TRUETYPE = {0, 1, 0, 0};

    private final Path path;

    @Autowired
    CjkFont(PdfProperties properties) {
        this(locate(properties.cjkFont(), KNOWN_PATHS));
    }

    /** With a font already located (or none), for tests. */
    CjkFont(Located located) {
        this.path = located.path();
        if (path != null) {
            log.info("PDF: Chinese text uses the font {}", path);
        }
        located.problems().forEach(problem -> log.warn("PDF: {}", problem));
    }

    /** The font file, if one was found. */
    Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** A font found (or null), and what was wrong with the places looked at. */
    record Located(Path path, List<String> problems) {
    }

    /**
     * The configured font if it is usable, else the first usable known one. Problems are reported
     * only when they matter: a configured font that cannot be used, or no font at all.
     */
    static Located locate(String configured, List<Path> known) {
        List<String> problems = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.strip());
            String problem = problem(path);
            if (problem == null) {
                return new Located(path, problems);
            }
            problems.add("the font set in runway.pdf.cjk-font cannot be used: " + problem);
        }
        List<String> passedOver = new ArrayList<>();
        for (Path path : known) {
            String problem = problem(path);
            if (problem == null) {
                return new Located(path, problems);
            }
            passedOver.add(problem);
        }
        problems.add("no CJK font found, so Chinese text in PDFs shows no glyphs. Install the Debian package "
                + "fonts-droid-fallback or set runway.pdf.cjk-font to a .ttf file. Looked at: "
                + String.join("; ", passedOver));
        return new Located(null, problems);
    }

    /** Why a file cannot serve as the PDF's CJK font, or null when it can. */
    static String problem(Path path) {
        if (!Files.isRegularFile(path)) {
            return path + " does not exist";
        }
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(path)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return path + " is not a font file";
            }
        } catch (IOException e) {
            return path + " cannot be read (" + e.getMessage() + ")";
        }
        String tag = new String(head, StandardCharsets.ISO_8859_1);
        if (Arrays.equals(head, TRUETYPE) || tag.equals("true")) {
            return null;
        }
        return switch (tag) {
            case "ttcf" -> path + " is a font collection (.ttc), which PDFBox cannot embed";
            case "OTTO" -> path + " has CFF outlines, which PDFBox cannot embed";
            default -> path + " is not a TrueType font file";
        };
    }
}
