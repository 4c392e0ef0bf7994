package app.runway.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in: a founder, a mentor or an admin. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    /** Failed sign-ins in a row that lock the account. */
    static final int MAX_FAILED_LOGINS = 5;
    /** How long a locked account stays locked. */
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    private String email;
    private String displayName;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant createdAt;

    /** The language mail to this person is written in ({@code en} or {@code zh}): the one last chosen on a page. */
    private String language = "en";

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, String passwordHash, Role role, Instant now) {
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = now;
    }

    /** From now on, mail to this person is written in this language. */
    void speaks(String language) {
        this.language = language;
    }

    static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for a while. */
    void failedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_TIME);
            failedLogins = 0;
        }
    }

    void succeededLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getLanguage() {
        return language;
    }

    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(language);
    }
}
