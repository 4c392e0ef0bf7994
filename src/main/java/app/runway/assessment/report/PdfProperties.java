package app.runway.assessment.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the report's PDF is made.
 *
 * @param cjkFont path of a TrueType font with Chinese glyphs ({@code .ttf}, or {@code .otf} with
 *                TrueType outlines), embedded so that Chinese text shows real characters. Blank:
 *                Runway looks in the usual Debian places, first for
 *                {@code /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf} (package
 *                {@code fonts-droid-fallback}). Without any such font the PDF still renders, with
 *                missing glyphs in Chinese text, and the log says so at start-up.
 */
@ConfigurationProperties("runway.pdf")
record PdfProperties(String cjkFont) {
}
