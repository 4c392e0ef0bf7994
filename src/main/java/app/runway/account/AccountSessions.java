package app.runway.account;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of an account, on every instance: sessions live in the database (Spring
 * Session JDBC), indexed by the e-mail they were signed in with. Used when an account is disabled or its
 * password is set anew, so that nobody goes on with a session opened before.
 */
@Component
class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** @return how many sessions were ended (none without a web application, which has no sessions) */
    int end(String email) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        Map<String, ? extends Session> open = repository.findByPrincipalName(email);
        open.keySet().forEach(repository::deleteById);
        return open.size();
    }
}
