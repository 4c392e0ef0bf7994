package app.runway.team;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The co-founder's address the owner types to invite them. */
class InviteForm {

    @NotBlank(message = "{team.invite.email.required}")
    @Email(message = "{team.invite.email.invalid}")
    @Size(max = 254, message = "{team.invite.email.invalid}")
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
