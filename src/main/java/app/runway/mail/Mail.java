package app.runway.mail;

/** One mail, already written in its recipient's language. */
public record Mail(String to, String subject, String text, String html) {
}
