/**
 * Mail to people: each mail in its recipient's language, as plain text and HTML, sent over SMTP with
 * Spring Boot's mail support ({@code spring.mail.*}), or written to the log when no SMTP host is set,
 * so that nothing fails on a machine without mail.
 */
package app.runway.mail;
