package app.runway.assessment.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import app.runway.account.AccountService;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.SharedScoresChanged;
import app.runway.assessment.benchmark.PeerBenchmark;
import app.runway.assessment.scoring.Profile;
import app.runway.questionnaire.Stage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Founders with accounts and completed assessments who share their scores, or not, for the peer benchmark's
 * tests. Imported into a test's context.
 */
class Peers {

    static final String PASSWORD = "founder-pass-1";

    private final AccountService accounts;
    private final AssessmentService assessments;
    private final QuestionnaireCatalog catalog;
    private final PeerBenchmark benchmark;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    Peers(AccountService accounts, AssessmentService assessments, QuestionnaireCatalog catalog,
            PeerBenchmark benchmark, ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.assessments = assessments;
        this.catalog = catalog;
        this.benchmark = benchmark;
        this.events = events;
        this.jdbc = jdbc;
    }

    UserAccount founder() {
        return accounts.signUp("peer-" + UUID.randomUUID() + "@example.com", "Peer", PASSWORD);
    }

    /** A completed assessment of the founder whose every answer is the option at {@code level} (or the last). */
    Assessment completed(UserAccount founder, Stage stage, int level) {
        Profile profile = new Profile("Peer " + level, "healthcare", stage, 4);
        return as(founder, () -> assessments.submit(profile, answers(profile, level)));
    }

    /** The same without an account: reachable by its private link only. */
    Assessment anonymous(Stage stage, int level) {
        Profile profile = new Profile("Link Only", "healthcare", stage, 3);
        return assessments.submit(profile, answers(profile, level));
    }

    Assessment share(UserAccount founder, Assessment assessment) {
        return as(founder, () -> assessments.shareScores(assessment.getToken(), true));
    }

    /** A founder who shares one completed assessment at the stage. */
    Assessment sharing(Stage stage, int level) {
        UserAccount founder = founder();
        return share(founder, completed(founder, stage, level));
    }

    /** Nobody shares any more, and the benchmark knows it at once. */
    void nobodyShares() {
        jdbc.update("update assessment set benchmark_consent = false");
        events.publishEvent(new SharedScoresChanged(null));
        benchmark.revision();
    }

    boolean consent(Assessment assessment) {
        return jdbc.queryForObject("select benchmark_consent from assessment where token = ?", Boolean.class,
                assessment.getToken());
    }

    private Map<String, String> answers(Profile profile, int level) {
        return Founders.answers(catalog.current().questionnaire(), profile,
                q -> q.options().get(Math.min(level, q.options().size() - 1)).id());
    }

    private <T> T as(UserAccount founder, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                founder.getEmail(), null, List.of(new SimpleGrantedAuthority(Role.FOUNDER.authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
