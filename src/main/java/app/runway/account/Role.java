package app.runway.account;

/** What an account may do. */
public enum Role {
    FOUNDER, MENTOR, ADMIN;

    /** The Spring Security authority name, ROLE_FOUNDER and so on. */
    public String authority() {
        return "ROLE_" + name();
    }
}
