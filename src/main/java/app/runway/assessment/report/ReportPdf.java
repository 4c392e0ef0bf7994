package app.runway.assessment.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import app.runway.system.Languages;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report as a PDF: a dedicated template rendered to XHTML by Thymeleaf, laid out by
 * openhtmltopdf, with the radar chart drawn from its SVG. The document may load nothing from
 * outside: everything it shows is in the XHTML, the style sheet is inlined.
 */
@Component
class ReportPdf {

    /** The font family name the style sheet uses for the CJK font. */
    static final String CJK_FAMILY = "runway-cjk";
    private static final int MAX_NAME_IN_FILENAME = 40;

    private final ITemplateEngine templates;
    private final CjkFont cjkFont;
    private final String css;

    ReportPdf(ITemplateEngine templates, CjkFont cjkFont) {
        this.templates = templates;
        this.cjkFont = cjkFont;
        this.css = read("report/pdf.css");
    }

    byte[] render(ReportView report, PeerComparison compare, Locale locale) {
        Context context = new Context(locale, Map.of("report", report, "compare", compare,
                "lang", Languages.code(locale), "css", css,
                "svgFont", cjkFont.path().isPresent() ? "sans-serif, " + CJK_FAMILY : "sans-serif"));
        String xhtml = templates.process("report/pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        cjkFont.path().ifPresent(font -> builder.useFont(font.toFile(), CJK_FAMILY, 400, FontStyle.NORMAL, true,
                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL)));
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the report PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** A file name safe everywhere: ASCII letters, digits and hyphens from the startup's name. */
    static String filename(String startupName) {
        // Decomposed, "Ü" is "U" and a combining mark: keep the letter, drop the mark.
        String ascii = Normalizer.normalize(startupName == null ? "" : startupName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "")
                .toLowerCase(Locale.ROOT);
        if (ascii.length() > MAX_NAME_IN_FILENAME) {
            ascii = ascii.substring(0, MAX_NAME_IN_FILENAME).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "runway-report.pdf" : "runway-report-" + ascii + ".pdf";
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
