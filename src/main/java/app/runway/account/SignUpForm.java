package app.runway.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a founder types to sign up: the errors speak to the founder ("your e-mail address"). */
class SignUpForm extends NewAccountForm {

    @Override
    @NotBlank(message = "{signup.email.required}")
    @Email(message = "{signup.email.invalid}")
    @Size(max = EMAIL_MAX, message = "{signup.email.invalid}")
    public String getEmail() {
        return super.getEmail();
    }

    @Override
    @NotBlank(message = "{signup.name.required}")
    @Size(max = NAME_MAX, message = "{signup.name.tooLong}")
    public String getDisplayName() {
        return super.getDisplayName();
    }
}
