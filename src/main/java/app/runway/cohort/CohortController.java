package app.runway.cohort;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import app.runway.audit.AuditLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The cohort dashboard and its CSV, for mentors and admins (see SecurityConfig: /mentor/**). */
@Controller
class CohortController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final CohortService cohort;
    private final AuditLog audit;
    private final Clock clock;

    CohortController(CohortService cohort, AuditLog audit, Clock clock) {
        this.cohort = cohort;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/mentor/cohort")
    String dashboard(@RequestParam(required = false) String stage, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String programme, Locale locale, Model model) {
        CohortFilter filter = cohort.known(new CohortFilter(blankToNull(stage), blankToNull(industry),
                blankToNull(programme)));
        List<CohortMember> members = cohort.members(filter);
        model.addAttribute("page", CohortPage.of(filter, cohort.industries(), cohort.dimensionIds(), members,
                cohort.labels(members, locale)));
        model.addAttribute("programmes", cohort.programmes());
        return "cohort/dashboard";
    }

    @GetMapping("/mentor/cohort.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String stage,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String programme,
            Locale locale, Principal principal) {
        CohortFilter filter = cohort.known(new CohortFilter(blankToNull(stage), blankToNull(industry),
                blankToNull(programme)));
        List<CohortMember> members = cohort.members(filter);
        byte[] body = CohortCsv.write(members, cohort.dimensionIds(), cohort.labels(members, locale));
        String name = "runway-cohort-" + LocalDate.now(clock) + ".csv";
        // Personal data leaving Runway: who took which rows.
        audit.record(principal.getName(), AuditLog.Action.COHORT_EXPORTED, name, members.size() + " rows, stage "
                + (filter.stage() == null ? "all" : filter.stage()) + ", industry "
                + (filter.industry() == null ? "all" : filter.industry()) + ", programme "
                + (filter.programme() == null ? "all visible" : filter.programme()));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                // A cohort is personal data: no shared cache keeps a copy.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
