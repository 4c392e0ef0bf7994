package app.runway.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin creates a mentor or an admin. The password policy and the role are checked by the controller. */
class NewUserForm {

    @NotBlank(message = "{admin.users.email.required}")
    @Email(message = "{admin.users.email.invalid}")
    @Size(max = 254, message = "{admin.users.email.invalid}")
    private String email;

    @NotBlank(message = "{admin.users.name.required}")
    @Size(max = 100, message = "{admin.users.name.tooLong}")
    private String displayName;

    private String role = "MENTOR";

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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
