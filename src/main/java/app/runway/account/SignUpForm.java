package app.runway.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a founder types to sign up. The password policy is checked by the controller, which names the rule. */
class SignUpForm {

    @NotBlank(message = "{signup.email.required}")
    @Email(message = "{signup.email.invalid}")
    @Size(max = 254, message = "{signup.email.invalid}")
    private String email;

    @NotBlank(message = "{signup.name.required}")
    @Size(max = 100, message = "{signup.name.tooLong}")
    private String displayName;

    private String password;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
