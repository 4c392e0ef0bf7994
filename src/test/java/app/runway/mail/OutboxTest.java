package app.runway.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail goes to the SMTP server when one is set, and to the log when none is: with no sender at all (Spring
 * Boot makes none without {@code spring.mail.host}) and with a sender that has no host (a jar prepared by
 * Spring AOT has one whatever the settings).
 */
class OutboxTest {

    private static final Mail WELCOME = new Mail("ada@example.com", "Welcome", "Hello <Ada>", "<p>Hello &lt;Ada&gt;</p>");

    @Test
    void withoutASenderTheMailIsOnlyLogged() {
        Outbox outbox = new Outbox(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                "Runway <no-reply@runway.local>");

        assertThat(outbox.send(WELCOME)).isFalse();
    }

    @Test
    void aSenderWithoutAHostIsNotAskedToSend() {
        RecordingSender sender = new RecordingSender();

        assertThat(outbox(sender).send(WELCOME)).isFalse();
        assertThat(sender.sent).isEmpty();
    }

    @Test
    void aSenderWithAHostSendsTheMailFromRunway() throws MessagingException {
        RecordingSender sender = new RecordingSender();
        sender.setHost("smtp.example.com");

        assertThat(outbox(sender).send(WELCOME)).isTrue();
        assertThat(sender.sent).hasSize(1);
        MimeMessage message = sender.sent.get(0);
        assertThat(message.getSubject()).isEqualTo("Welcome");
        assertThat(message.getFrom()[0].toString()).contains("no-reply@runway.local");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
    }

    @Test
    void aHostGivenInTheMailSessionCounts() {
        RecordingSender sender = new RecordingSender();
        sender.getJavaMailProperties().setProperty("mail.smtp.host", "smtp.example.com");

        assertThat(outbox(sender).send(WELCOME)).isTrue();
        assertThat(sender.sent).hasSize(1);
    }

    private static Outbox outbox(JavaMailSender sender) {
        return new Outbox(new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class), "Runway <no-reply@runway.local>");
    }

    /** Keeps what it is asked to send instead of talking to a server. */
    private static final class RecordingSender extends JavaMailSenderImpl {

        private final List<MimeMessage> sent = new ArrayList<>();

        @Override
        public void send(MimeMessage mimeMessage) {
            sent.add(mimeMessage);
        }
    }
}
