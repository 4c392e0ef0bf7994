package app.runway.programme;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A mentor invites a founder by e-mail. */
class InviteForm {

    @NotBlank(message = "{programme.invite.email.required}")
    @Email(message = "{programme.invite.email.invalid}")
    @Size(max = 254, message = "{programme.invite.email.invalid}")
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
