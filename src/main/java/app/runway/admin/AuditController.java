package app.runway.admin;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.runway.audit.AuditEvent;
import app.runway.audit.AuditEventRepository;
import app.runway.audit.AuditLog;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit log for admins: newest first, filtered by actor, action and a first day, a page at a time. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 25;
    private static final int MAX_ACTOR = 254;
    private static final List<String> ACTIONS = Arrays.stream(AuditLog.Action.values()).map(Enum::name).toList();

    /** The filters as typed, so that the form shows them again; {@code fromInvalid} when the date is not one. */
    record Filter(String actor, String action, String from, boolean fromInvalid) {
    }

    /** A line of the log, its time written out in UTC. */
    record Row(String at, String actor, String action, String target, String detail) {

        static Row of(AuditEvent event) {
            return new Row(Times.SECOND.format(event.getAt()), event.getActor(), event.getAction(), event.getTarget(),
                    event.getDetail());
        }
    }

    /** Where the log is: page {@code number} (from 1) of {@code pages}, with links to its neighbours. */
    record Paging(int number, int pages, long total, String previous, String next) {
    }

    private final AuditEventRepository events;

    AuditController(AuditEventRepository events) {
        this.events = events;
    }

    @GetMapping("/admin/audit")
    @Transactional(readOnly = true)
    String log(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String from, @RequestParam(required = false) String page, Model model) {
        // An actor is an e-mail address (at most 254 characters); anything longer cannot match one.
        String actorFilter = actor == null || actor.isBlank() ? null
                : actor.strip().substring(0, Math.min(MAX_ACTOR, actor.strip().length()));
        String actionFilter = action != null && ACTIONS.contains(action) ? action : null;
        String fromText = from == null ? "" : from.strip();
        LocalDate fromDay = null;
        boolean fromInvalid = false;
        if (!fromText.isEmpty()) {
            try {
                fromDay = LocalDate.parse(fromText);
            } catch (DateTimeParseException e) {
                fromInvalid = true;
            }
        }
        int number = pageNumber(page);
        Page<AuditEvent> found = events.search(actorFilter, actionFilter,
                fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                PageRequest.of(number - 1, PAGE_SIZE));
        Filter filter = new Filter(actorFilter, actionFilter, fromText, fromInvalid);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", ACTIONS);
        model.addAttribute("rows", found.getContent().stream().map(Row::of).toList());
        model.addAttribute("paging", new Paging(number, found.getTotalPages(), found.getTotalElements(),
                number > 1 ? link(filter, number - 1) : null,
                number < found.getTotalPages() ? link(filter, number + 1) : null));
        return "admin/audit";
    }

    /** Pages count from 1 in the address; anything else shows the first. */
    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Values go in as URI variables, which are encoded strictly: a "+" in an e-mail stays a "+". */
    private static String link(Filter filter, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/audit");
        Map<String, Object> values = new HashMap<>();
        if (filter.actor() != null) {
            link.queryParam("actor", "{actor}");
            values.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            link.queryParam("action", "{action}");
            values.put("action", filter.action());
        }
        if (!filter.from().isEmpty() && !filter.fromInvalid()) {
            link.queryParam("from", "{from}");
            values.put("from", filter.from());
        }
        return link.queryParam("page", page).encode().buildAndExpand(values).toUriString();
    }
}
