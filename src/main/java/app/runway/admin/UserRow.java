package app.runway.admin;

import java.time.Instant;

import app.runway.account.UserAccount;

/**
 * An account as the users page lists it.
 *
 * @param locked whether too many failed sign-ins lock it right now
 * @param self   whether it is the signed-in admin's own account, which cannot be disabled
 */
record UserRow(Long id, String email, String displayName, String role, boolean enabled, boolean locked,
        String createdAt, boolean self) {

    static UserRow of(UserAccount account, Instant now, String currentEmail) {
        return new UserRow(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole().name(),
                account.isEnabled(), account.getLockedUntil() != null && now.isBefore(account.getLockedUntil()),
                account.getCreatedAt() == null ? null : Times.DAY.format(account.getCreatedAt()),
                account.getEmail().equals(currentEmail));
    }
}
