package app.runway.support;

import java.io.IOException;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) for tests that read what Runway mails. A test class holds one in a
 * {@code @RegisterExtension static} field ({@link #server()}) and points Spring Mail at it from its
 * {@code @DynamicPropertySource} method ({@link #register}).
 */
public final class Mailbox {

    private Mailbox() {
    }

    /** One server for the class, started before the Spring context asks for its port; empty it per test. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
                .withPerMethodLifecycle(false);
    }

    public static void register(GreenMailExtension server, DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> server.getSmtp().getPort());
    }

    /** The raw message with its quoted-printable line breaks and '=' joined back, as links are written in it. */
    public static String decoded(MimeMessage mail) {
        return decoded(GreenMailUtil.getBody(mail));
    }

    public static String decoded(String rawBody) {
        return rawBody.replace("=\r\n", "").replace("=3D", "=");
    }

    /** Every text part of a mail, each decoded by its own transfer encoding (a Chinese mail's parts are base64). */
    public static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return content instanceof String string ? string : "";
    }
}
