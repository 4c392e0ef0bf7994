package app.runway.account;

/**
 * What every new account is made from: an e-mail address, a display name and a password, whether a founder
 * signs up or an admin adds a mentor. The constraints are not here but on each form's getters, because each
 * form words its errors for its own reader ("your name" to a founder, "the name" to an admin); the password
 * policy is checked by the controllers, which name the rule broken.
 */
public abstract class NewAccountForm {

    /** The longest e-mail address and display name the app_user columns hold (V3__accounts_and_audit). */
    protected static final int EMAIL_MAX = 254;
    protected static final int NAME_MAX = 100;

    private String email;
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
