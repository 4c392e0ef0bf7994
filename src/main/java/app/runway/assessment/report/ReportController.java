package app.runway.assessment.report;

import java.util.Optional;

import app.runway.assessment.Assessment;
import app.runway.system.Languages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.i18n.LocaleContextHolder;
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

    ReportController(ReportService reports, ReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping("/assessments/{token}/report")
    String report(@PathVariable String token, Model model, HttpSession session) {
        Optional<Assessment> assessment = reports.completed(token);
        if (assessment.isEmpty()) {
            return RESUME;
        }
        model.addAttribute("report", reports.report(assessment.get(), Languages.current()));
        // An assessment reached only by its private link can be kept in a founder's account.
        model.addAttribute("claimable", assessment.get().getOwnerId() == null);
        // Guide pages read this to show the reader's own status (LastReport).
        session.setAttribute(LastReport.SESSION_ATTRIBUTE, token);
        return "report/report";
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
    ResponseEntity<byte[]> pdf(@PathVariable String token) {
        Optional<Assessment> assessment = reports.completed(token);
        if (assessment.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(UriComponentsBuilder.fromPath("/assessments/{token}").build(token)).build();
        }
        ReportView report = reports.report(assessment.get(), Languages.current());
        byte[] document = pdf.render(report, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(ReportPdf.filename(report.startupName())).build()
                                .toString())
                .body(document);
    }
}
