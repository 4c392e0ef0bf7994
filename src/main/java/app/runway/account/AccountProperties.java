package app.runway.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin account.
 *
 * @param adminEmail    e-mail of the admin created at first start when there is none
 * @param adminPassword that admin's password; when empty, a one-time password is generated and
 *                      printed to the log once
 */
@ConfigurationProperties("runway.account")
public record AccountProperties(String adminEmail, String adminPassword) {

    public String adminEmailOrDefault() {
        return adminEmail == null || adminEmail.isBlank() ? "admin@runway.local" : adminEmail;
    }
}
