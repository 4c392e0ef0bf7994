package app.runway.account;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** "Forgot my password" and the page a reset link opens. */
@Controller
class PasswordResetController {

    static final String FORGOT = "account/forgot";
    static final String RESET = "account/reset";
    static final String INVALID = "account/reset-invalid";

    private final PasswordResets resets;
    private final String publicUrl;

    /**
     * @param publicUrl where readers reach Runway; links in mails start with it, never with the request's
     *                  Host header, which a client chooses (a forged host would mail a valid token to a
     *                  stranger's site)
     */
    PasswordResetController(PasswordResets resets, @Value("${runway.public-url}") String publicUrl) {
        this.resets = resets;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/password/forgot")
    String forgotForm(@ModelAttribute("form") ForgotForm form, Model model) {
        model.addAttribute("minutes", PasswordResets.VALID_FOR.toMinutes());
        return FORGOT;
    }

    /** The same answer whether or not the address has an account. */
    @PostMapping("/password/forgot")
    String forgot(@ModelAttribute("form") ForgotForm form, Locale locale) {
        if (form.getEmail() != null && form.getEmail().strip().length() <= ForgotForm.MAX_EMAIL) {
            String linkBase = UriComponentsBuilder.fromUriString(publicUrl).path("/password/reset")
                    .queryParam("token", "").toUriString();
            resets.request(form.getEmail(), locale, linkBase);
        }
        return "redirect:/password/forgot?sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, @ModelAttribute("form") ResetForm form,
            Model model) {
        if (resets.accountOf(token).isEmpty()) {
            return invalid(model);
        }
        form.setToken(token);
        return RESET;
    }

    @PostMapping("/password/reset")
    String reset(@ModelAttribute("form") ResetForm form, BindingResult errors, Model model) {
        Optional<String> email = resets.accountOf(form.getToken());
        if (email.isEmpty()) {
            return invalid(model);
        }
        PasswordPolicy.violation(form.getPassword(), email.get()).ifPresent(key -> errors.rejectValue("password", key));
        if (!errors.hasFieldErrors("password") && !form.getPassword().equals(form.getPasswordAgain())) {
            errors.rejectValue("passwordAgain", "reset.password.mismatch");
        }
        if (errors.hasErrors()) {
            form.setPassword(null);
            form.setPasswordAgain(null);
            return RESET;
        }
        return resets.reset(form.getToken(), form.getPassword()) ? "redirect:/login?reset" : invalid(model);
    }

    private static String invalid(Model model) {
        model.addAttribute("minutes", PasswordResets.VALID_FOR.toMinutes());
        return INVALID;
    }

    /** The address typed on "forgot my password". */
    static class ForgotForm {

        static final int MAX_EMAIL = 254;

        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    /** The new password, twice, and the link's token, carried in the form. */
    static class ResetForm extends NewPasswordForm {

        private String token;

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }
    }
}
