package app.runway.admin;

import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import app.runway.account.CurrentUser;
import app.runway.audit.AuditLog;
import app.runway.guide.GuideProperties;
import app.runway.guide.GuideInstances;
import app.runway.guide.GuideService;
import app.runway.pages.PageCache;
import app.runway.guide.load.InvalidGuideException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reloading the guide from its configured location. GuideService validates the new guide before it
 * touches anything: a refused guide leaves the one in force as it was, and the page lists every
 * problem as path:line; a valid one replaces it whole while pages keep being served.
 */
@Controller
class GuideReloadController {

    /** How many problems the audit entry spells out; the page shows all of them. */
    private static final int PROBLEMS_IN_AUDIT = 20;

    /** What a successful reload did, shown once after the redirect. */
    /** An instance as the admin page lists it, times in UTC. */
    record InstanceRow(String id, String revision, String started, String seen, boolean self) {
    }

    record Reloaded(boolean changed, String contentHash, int chapters, int entries) implements Serializable {
    }

    private final GuideService guide;
    private final GuideProperties properties;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final PageCache pages;
    private final GuideInstances instances;

    GuideReloadController(GuideService guide, GuideProperties properties, CurrentUser currentUser, AuditLog audit,
            PageCache pages, GuideInstances instances) {
        this.instances = instances;
        this.guide = guide;
        this.properties = properties;
        this.currentUser = currentUser;
        this.audit = audit;
        this.pages = pages;
    }

    @GetMapping("/admin/guide")
    String page(Model model) {
        addState(model);
        return "admin/guide";
    }

    @PostMapping("/admin/guide/reload")
    String reload(Model model, RedirectAttributes redirect) {
        String admin = currentUser.email().orElseThrow();
        try {
            GuideService.ReloadResult result = guide.reload();
            audit.record(admin, AuditLog.Action.GUIDE_RELOADED, location(),
                    (result.changed() ? "changed" : "unchanged") + ", " + result.chapters() + " chapters, "
                            + result.entries() + " entries, content " + result.contentHash());
            redirect.addFlashAttribute("reloaded", new Reloaded(result.changed(), shortHash(result.contentHash()),
                    result.chapters(), result.entries()));
            return "redirect:/admin/guide";
        } catch (GuideService.ReloadInProgressException e) {
            model.addAttribute("busy", true);
        } catch (InvalidGuideException e) {
            audit.record(admin, AuditLog.Action.GUIDE_RELOAD_REFUSED, location(), e.problems().size() + " problem(s): "
                    + e.problems().stream().limit(PROBLEMS_IN_AUDIT).map(Object::toString)
                            .collect(Collectors.joining("; ")));
            model.addAttribute("problems", e.problems());
        } catch (IllegalStateException | UncheckedIOException e) {
            // The folder is missing or unreadable: nothing was loaded. The admin sees the location,
            // never the exception; the audit log keeps its message.
            audit.record(admin, AuditLog.Action.GUIDE_RELOAD_REFUSED, location(), e.getMessage());
            model.addAttribute("unreadable", true);
        }
        addState(model);
        return "admin/guide";
    }

    private void addState(Model model) {
        model.addAttribute("bundled", properties.bundled());
        model.addAttribute("location", properties.location());
        model.addAttribute("currentHash", guide.currentHash().map(GuideReloadController::shortHash).orElse(null));
        model.addAttribute("keptPages", pages.stats());
        model.addAttribute("instances", instances.recent().stream()
                .map(i -> new InstanceRow(i.id(), i.revision() == null ? "" : shortHash(i.revision()),
                        Times.SECOND.format(i.startedAt()), Times.SECOND.format(i.seenAt()), i.self()))
                .toList());
    }

    private String location() {
        return properties.bundled() ? "bundled guide" : properties.location();
    }

    /** Enough of the content hash to tell versions apart on a page. */
    private static String shortHash(String hash) {
        return hash.length() <= 12 ? hash : hash.substring(0, 12);
    }
}
