package app.runway.admin;

/** A new password for an account, typed twice so that a typo does not lock its owner out. */
class PasswordForm {

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
