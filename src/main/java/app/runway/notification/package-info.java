/**
 * Mail that follows what someone did: a programme's mentors hear that an assessment was submitted to
 * them, a founder hears that feedback was published. Sent only after the change is committed, each in
 * its recipient's language, through {@link app.runway.mail.Outbox} (which never fails the request).
 */
package app.runway.notification;
