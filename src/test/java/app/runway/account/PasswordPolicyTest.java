package app.runway.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordWithLettersAndDigits() {
        assertThat(PasswordPolicy.violation("correct-horse-7", "a@b.c")).isEmpty();
    }

    @Test
    void namesEachBrokenRule() {
        assertThat(PasswordPolicy.violation("abc123", null)).contains("password.tooShort");
        assertThat(PasswordPolicy.violation("x1".repeat(70), null)).contains("password.tooLong");
        assertThat(PasswordPolicy.violation("nodigitsatall", null)).contains("password.needsLetterAndDigit");
        assertThat(PasswordPolicy.violation("1234567890", null)).contains("password.needsLetterAndDigit");
        assertThat(PasswordPolicy.violation("ada@example.com1", "Ada@example.com")).contains("password.containsEmail");
    }
}
