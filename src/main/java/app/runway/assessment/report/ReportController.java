package app.runway.assessment.report;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentHeader;
import app.runway.pages.PageCache;
import app.runway.pages.PageKey;
import app.runway.system.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The report of a completed assessment, its what-if preview and its PDF. An assessment still being
 * answered sends the founder back to where they left off.
 */
@Controller
class ReportController {

    private static final String RESUME = "redirect:/assessments/{token}";

    private final ReportService reports;
    private final ReportPdf pdf;
    private final PageCache pages;
    private final ReportDocuments documents;

    ReportController(ReportService reports, ReportPdf pdf, PageCache pages, ReportDocuments documents) {
        this.reports = reports;
        this.pdf = pdf;
        this.pages = pages;
        this.documents = documents;
    }

    @GetMapping("/assessments/{token}/report")
    void report(@PathVariable String token, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        AssessmentHeader header = reports.header(token);
        if (!header.isCompleted()) {
            response.sendRedirect(request.getContextPath() + "/assessments/" + token);
            return;
        }
        // Guide pages read this to show the reader's own status (LastReport), for the founder or link holder,
        // not for a mentor reading it; a cookie must be set before the page's bytes commit the response.
        if (reports.canEdit(header)) {
            LastReport.remember(token, request, response);
        }
        String lang = Languages.current();
        // A stored result renders the same until the assessment (its version) or the guide changes.
        pages.serve(reports.pageKey(header, lang), "report/report", () -> {
            Assessment assessment = reports.completed(token).orElseThrow();
            ReportView report = reports.report(assessment, lang);
            return Map.of("report", report,
                    // An assessment reached only by its private link can be kept in a founder's account.
                    "claimable", assessment.getOwnerId() == null,
                    "compare", reports.compare(assessment, report));
        }, null, audience(header), request, response);
    }

    /** A claimed assessment is read signed in: nothing may keep it. One behind its link: the browser may. */
    private static PageCache.Audience audience(AssessmentHeader header) {
        return header.ownerId() == null ? PageCache.Audience.LINK_HOLDER : PageCache.Audience.SIGNED_IN;
    }

    @GetMapping("/assessments/{token}/report/what-if")
    String whatIf(@PathVariable String token, @ModelAttribute("whatIf") WhatIfForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        Optional<Assessment> assessment = reports.completed(token);
        if (assessment.isEmpty()) {
            return RESUME;
        }
        model.addAttribute("view", reports.whatIf(assessment.get(), form, errors, Languages.current()));
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "report/what-if";
    }

    @GetMapping("/assessments/{token}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token, WebRequest request) {
        AssessmentHeader header = reports.header(token);
        if (!header.isCompleted()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(UriComponentsBuilder.fromPath("/assessments/{token}").build(token)).build();
        }
        String lang = Languages.current();
        ReportDocuments.Document document = documents.get(reports.pageKey(header, lang), () -> {
            Assessment assessment = reports.completed(token).orElseThrow();
            ReportView report = reports.report(assessment, lang);
            return new ReportDocuments.Document(pdf.render(report, reports.compare(assessment, report),
                    LocaleContextHolder.getLocale()), ReportPdf.filename(report.startupName()));
        });
        CacheControl cacheControl = audience(header) == PageCache.Audience.SIGNED_IN ? CacheControl.noStore()
                : CacheControl.noCache().cachePrivate();
        if (request.checkNotModified(document.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(cacheControl).eTag(document.etag())
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(cacheControl)
                .eTag(document.etag())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.filename()).build().toString())
                .body(document.bytes());
    }
}
