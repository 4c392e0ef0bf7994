package app.runway.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page and founders' sign-up. */
@Controller
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @GetMapping("/signup")
    String signUpForm(@ModelAttribute("form") SignUpForm form) {
        return "account/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) throws ServletException {
        PasswordPolicy.violation(form.getPassword(), form.getEmail())
                .ifPresent(key -> errors.rejectValue("password", key));
        if (errors.hasErrors()) {
            return "account/signup";
        }
        try {
            accounts.signUp(form.getEmail(), form.getDisplayName(), form.getPassword());
        } catch (AccountService.EmailTakenException e) {
            errors.rejectValue("email", "signup.email.taken");
            return "account/signup";
        }
        request.login(UserAccount.normalise(form.getEmail()), form.getPassword());
        redirect.addFlashAttribute("flash", "signup.welcome");
        return "redirect:/me";
    }
}
