package app.runway.notification;

import java.util.Locale;
import java.util.Map;

import app.runway.account.UserAccountRepository;
import app.runway.assessment.AssessmentSubmitted;
import app.runway.mail.MailWriter;
import app.runway.mail.Outbox;
import app.runway.programme.Programmes;
import app.runway.review.FeedbackPublished;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Mails people about what others did. After commit: a submission that was rolled back is never
 * announced. Links start with the public address ({@code runway.public-url}).
 */
@Component
class Notifications {

    private final Programmes programmes;
    private final UserAccountRepository accounts;
    private final MailWriter mailWriter;
    private final Outbox outbox;
    private final String publicUrl;

    Notifications(Programmes programmes, UserAccountRepository accounts, MailWriter mailWriter, Outbox outbox,
            @Value("${runway.public-url}") String publicUrl) {
        this.programmes = programmes;
        this.accounts = accounts;
        this.mailWriter = mailWriter;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    /** A programme's mentors hear of each submission to it; the open pool is read from the queue, unannounced. */
    @TransactionalEventListener
    void submitted(AssessmentSubmitted event) {
        if (event.programmeId() == null) {
            return;
        }
        String programme = programmes.nameOf(event.programmeId()).orElse("");
        String link = link("/mentor/reviews/" + event.token());
        programmes.mentorsOf(event.programmeId()).forEach(mentor -> outbox.send(mailWriter.write(
                "assessment-submitted", mentor.email(), Locale.forLanguageTag(mentor.language()),
                Map.of("name", mentor.displayName(), "startup", event.startupName(), "programme", programme,
                        "link", link),
                mentor.displayName(), event.startupName(), programme, link)));
    }

    @TransactionalEventListener
    void feedbackPublished(FeedbackPublished event) {
        if (event.ownerId() == null) {
            return;
        }
        accounts.findById(event.ownerId()).filter(a -> a.isEnabled()).ifPresent(founder -> {
            String link = link("/me/assessments/" + event.token() + "/feedback");
            outbox.send(mailWriter.write("feedback-published", founder.getEmail(), founder.locale(),
                    Map.of("name", founder.getDisplayName(), "startup", event.startupName(), "link", link),
                    founder.getDisplayName(), event.startupName(), link));
        });
    }

    private String link(String path) {
        return UriComponentsBuilder.fromUriString(publicUrl).path(path).toUriString();
    }
}
