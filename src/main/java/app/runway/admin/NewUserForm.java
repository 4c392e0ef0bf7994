package app.runway.admin;

import app.runway.account.NewAccountForm;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin adds a mentor or an admin: the errors speak of "the" e-mail address. The controller checks the role. */
class NewUserForm extends NewAccountForm {

    private String role = "MENTOR";

    @Override
    @NotBlank(message = "{admin.users.email.required}")
    @Email(message = "{admin.users.email.invalid}")
    @Size(max = EMAIL_MAX, message = "{admin.users.email.invalid}")
    public String getEmail() {
        return super.getEmail();
    }

    @Override
    @NotBlank(message = "{admin.users.name.required}")
    @Size(max = NAME_MAX, message = "{admin.users.name.tooLong}")
    public String getDisplayName() {
        return super.getDisplayName();
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
