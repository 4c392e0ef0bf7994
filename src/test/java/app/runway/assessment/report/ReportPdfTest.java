package app.runway.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import app.runway.assessment.Assessment;
import app.runway.support.Assessments;
import app.runway.system.Languages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;

/** The report as a PDF download, read back with PDFBox. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(Assessments.class)
class ReportPdfTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments fixtures;

    @Autowired
    ReportService reports;

    @Autowired
    ITemplateEngine templates;

    @Test
    void pdfIsAnAttachmentWithTheReportAsText() throws Exception {
        Assessment lab = fixtures.researchLab("Deep Lab");

        byte[] pdf = mvc.perform(get(pdf(lab)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"runway-report-deep-lab.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).contains("Readiness report for Deep Lab", "Technical capability and innovation",
                "Because you answered", "Technology ahead of the market", "Within 30 days");
        assertThat(text).contains(String.valueOf(lab.result().index()));
    }

    @Test
    void startupNameIsTextInThePdfAndNotInTheFilename() throws Exception {
        Assessment evil = fixtures.researchLab("<script>alert(1)</script> & \"Ünïcode\"");

        byte[] pdf = mvc.perform(get(pdf(evil)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"runway-report-script-alert-1-script-unicode.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(text(pdf)).contains("Readiness report for <script>alert(1)</script> & \"Ünïcode\"");
    }

    @Test
    void chinesePdfHasTheChineseDimensionTitlesAsText() throws Exception {
        assumeTrue(Files.isRegularFile(CjkFont.KNOWN_PATHS.get(0)), "fonts-droid-fallback is not installed");
        Assessment lab = fixtures.researchLab("深度实验室");

        byte[] pdf = mvc.perform(get(pdf(lab)).param("lang", "zh"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(text(pdf)).contains("准备度报告：深度实验室", "市场洞察与定位", "技术能力与技术创新",
                "数据准备", "算力与成本效率", "商业模式与商业化", "团队与领导力", "风险管理",
                "生态合作与持续学习");
    }

    @Test
    void pdfRendersWithoutAnyCjkFont() throws Exception {
        Assessment lab = fixtures.researchLab("深度实验室");
        ReportView report = reports.report(lab, "zh");
        ReportPdf withoutFont = new ReportPdf(templates, new CjkFont(new CjkFont.Located(null, List.of())));

        byte[] pdf = withoutFont.render(report, reports.compare(lab, report), Languages.CHINESE);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(text(pdf)).contains(String.valueOf(lab.result().index()));
    }

    @Test
    void filenameKeepsOnlySafeAscii() {
        assertThat(ReportPdf.filename("Acme AI, Inc.")).isEqualTo("runway-report-acme-ai-inc.pdf");
        assertThat(ReportPdf.filename("深度实验室")).isEqualTo("runway-report.pdf");
        assertThat(ReportPdf.filename("../../etc/passwd\r\nX: y")).isEqualTo("runway-report-etc-passwd-x-y.pdf");
        assertThat(ReportPdf.filename("a".repeat(200))).hasSize("runway-report-.pdf".length() + 40);
        assertThat(ReportPdf.filename(Locale.ROOT.toString())).isEqualTo("runway-report.pdf");
    }

    private static String pdf(Assessment assessment) {
        return "/assessments/" + assessment.getToken() + "/report.pdf";
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
