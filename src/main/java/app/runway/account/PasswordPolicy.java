package app.runway.account;

import java.util.Optional;

/**
 * What a password must be: at least 10 characters, with a letter and a digit, and not the
 * e-mail address. Returns the message key of the first rule broken, so forms can say which.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            return Optional.of("password.needsLetterAndDigit");
        }
        if (email != null && !email.isBlank() && password.toLowerCase().contains(email.strip().toLowerCase())) {
            return Optional.of("password.containsEmail");
        }
        return Optional.empty();
    }
}
