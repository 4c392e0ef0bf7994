/**
 * Accounts and sign-in: founders sign up themselves, mentors and admins are created by an admin,
 * the first admin comes from configuration or a one-time password in the log. Passwords are
 * hashed with BCrypt; repeated failed sign-ins lock an account for a while.
 */
package app.runway.account;
