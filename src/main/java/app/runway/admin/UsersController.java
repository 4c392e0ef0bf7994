package app.runway.admin;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import app.runway.account.AccountService;
import app.runway.account.CurrentUser;
import app.runway.account.NewPasswordForm;
import app.runway.account.PasswordPolicy;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts, for admins: the list, creating mentors and admins, disabling and enabling, and
 * resetting passwords. Every change goes through a form of its own (a confirmation for disable
 * and enable), so that nothing happens from a stray click and each POST carries a CSRF token.
 */
@Controller
class UsersController {

    /** Founders sign up themselves; an admin creates only these. */
    static final Set<String> CREATABLE_ROLES = Set.of(Role.MENTOR.name(), Role.ADMIN.name());

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    UsersController(AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The roles the create form offers, in this order. */
    @ModelAttribute("roles")
    List<String> roles() {
        return List.of(Role.MENTOR.name(), Role.ADMIN.name());
    }

    @GetMapping("/admin/users")
    String list(@ModelAttribute("form") NewUserForm form, Model model) {
        model.addAttribute("users", rows());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!CREATABLE_ROLES.contains(form.getRole())) {
            errors.rejectValue("role", "admin.users.role.invalid");
        }
        PasswordPolicy.violation(form.getPassword(), form.getEmail())
                .ifPresent(key -> errors.rejectValue("password", key));
        if (!errors.hasErrors()) {
            try {
                UserAccount created = accounts.createByAdmin(admin(), form.getEmail(), form.getDisplayName(),
                        form.getPassword(), Role.valueOf(form.getRole()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.done("admin.users.created." + created.getRole(),
                        created.getEmail()));
                return "redirect:/admin/users";
            } catch (AccountService.EmailTakenException e) {
                errors.rejectValue("email", "admin.users.email.taken");
            }
        }
        // The password is never sent back into the page.
        form.setPassword(null);
        model.addAttribute("users", rows());
        return "admin/users";
    }

    @GetMapping("/admin/users/{id}/disable")
    String confirmDisable(@PathVariable Long id, Model model) {
        return confirm(id, false, model);
    }

    @GetMapping("/admin/users/{id}/enable")
    String confirmEnable(@PathVariable Long id, Model model) {
        return confirm(id, true, model);
    }

    private String confirm(Long id, boolean enable, Model model) {
        UserAccount account = accounts.get(id);
        model.addAttribute("account", UserRow.of(account, clock.instant(), admin()));
        model.addAttribute("enable", enable);
        return "admin/confirm";
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@PathVariable Long id, RedirectAttributes redirect) {
        UserAccount account = accounts.get(id);
        if (account.getEmail().equals(admin())) {
            // An admin who disables their own account may leave the portal with no admin at all.
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.refused("admin.users.disable.self", account.getEmail()));
            return "redirect:/admin/users";
        }
        accounts.setEnabled(admin(), id, false);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.done("admin.users.disabled", account.getEmail()));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable Long id, RedirectAttributes redirect) {
        UserAccount account = accounts.get(id);
        accounts.setEnabled(admin(), id, true);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.done("admin.users.enabled", account.getEmail()));
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{id}/password")
    String passwordForm(@PathVariable Long id, @ModelAttribute("form") NewPasswordForm form, Model model) {
        model.addAttribute("account", UserRow.of(accounts.get(id), clock.instant(), admin()));
        return "admin/password";
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable Long id, @ModelAttribute("form") NewPasswordForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        UserAccount account = accounts.get(id);
        PasswordPolicy.violation(form.getPassword(), account.getEmail())
                .ifPresent(key -> errors.rejectValue("password", key));
        if (!errors.hasFieldErrors("password") && !form.getPassword().equals(form.getPasswordAgain())) {
            errors.rejectValue("passwordAgain", "admin.password.mismatch");
        }
        if (errors.hasErrors()) {
            form.setPassword(null);
            form.setPasswordAgain(null);
            model.addAttribute("account", UserRow.of(account, clock.instant(), admin()));
            return "admin/password";
        }
        accounts.resetPassword(admin(), id, form.getPassword());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.done("admin.users.passwordReset", account.getEmail()));
        return "redirect:/admin/users";
    }

    private List<UserRow> rows() {
        String self = admin();
        return accounts.all().stream().map(a -> UserRow.of(a, clock.instant(), self)).toList();
    }

    /** The signed-in admin; /admin/** is only reached signed in. */
    private String admin() {
        return currentUser.email().orElseThrow();
    }
}
