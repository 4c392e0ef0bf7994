package app.runway.account;

/**
 * A new password, typed twice so that a typo does not lock its owner out: the admin's reset form and the
 * form a reset link opens.
 */
public class NewPasswordForm {

    private String password;
    private String passwordAgain;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
