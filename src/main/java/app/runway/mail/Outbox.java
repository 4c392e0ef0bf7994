package app.runway.mail;

import java.util.Objects;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.StringUtils;

/**
 * Sends mail through the SMTP server of {@code spring.mail.host}. Without one (no JavaMailSender, or, in a
 * jar prepared by Spring AOT, a sender without a host), the mail is written to the log instead: that is how
 * a developer follows a link on a machine without mail. A mail that cannot be sent is logged, never thrown
 * at the person whose request caused it: the answer they get must not depend on the mail server.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final String from;

    Outbox(ObjectProvider<JavaMailSender> senders, @Value("${runway.mail.from}") String from) {
        this.senders = senders;
        this.from = from;
    }

    /**
     * Sends the mail once the current transaction commits (at once without one): a link in it then always
     * works, and a rolled-back action mails no one. The SMTP timeouts ({@code spring.mail.properties.*})
     * bound how long the commit's thread waits for the server.
     */
    public void sendAfterCommit(Mail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(mail);
                }
            });
        } else {
            send(mail);
        }
    }

    /** @return whether the mail was handed to an SMTP server */
    public boolean send(Mail mail) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || sender instanceof JavaMailSenderImpl smtp && !hasServer(smtp)) {
            log.info("No SMTP server set (spring.mail.host): mail not sent, written here instead.\nTo: {}\nSubject: {}"
                    + "\n\n{}", mail.to(), mail.subject(), mail.text());
            return false;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            sender.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            log.error("Mail to {} ({}) could not be sent: {}", mail.to(), mail.subject(), e.toString());
            return false;
        }
    }

    /**
     * A host set directly, or in the mail session's properties (as a session looked up in JNDI with
     * {@code spring.mail.jndi-name} has it).
     */
    private static boolean hasServer(JavaMailSenderImpl smtp) {
        String protocol = Objects.requireNonNullElse(smtp.getProtocol(), "smtp");
        Session session = smtp.getSession();
        return StringUtils.hasText(smtp.getHost())
                || StringUtils.hasText(session.getProperty("mail." + protocol + ".host"))
                || StringUtils.hasText(session.getProperty("mail.host"));
    }
}
