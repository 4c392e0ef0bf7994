package app.runway.review;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import app.runway.account.AccountService;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Founders who submit assessments, and mentors to review them, with real accounts: the review
 * pages need the mentor's account row. Imported into a test's context (other features' tests too).
 */
public class Submissions {

    public static final String PASSWORD = "review-pass-1";

    /** Answer pickers. */
    public static final Function<Question, String> BEST = q -> q.options().stream()
            .max(Comparator.comparingInt(Option::score)).orElseThrow().id();
    public static final Function<Question, String> WORST = q -> q.options().stream()
            .min(Comparator.comparingInt(Option::score)).orElseThrow().id();
    public static final Function<Question, String> MIDDLE = q -> q.options().get(q.options().size() / 2).id();

    private final AccountService accounts;
    private final AssessmentService assessments;
    private final QuestionnaireCatalog catalog;

    public Submissions(AccountService accounts, AssessmentService assessments, QuestionnaireCatalog catalog) {
        this.accounts = accounts;
        this.assessments = assessments;
        this.catalog = catalog;
    }

    public UserAccount mentor(String email, String name) {
        return accounts.byEmail(email)
                .orElseGet(() -> accounts.createByAdmin("admin@example.com", email, name, PASSWORD, Role.MENTOR));
    }

    public UserAccount admin(String email) {
        return accounts.byEmail(email)
                .orElseGet(() -> accounts.createByAdmin("admin@example.com", email, "Admin", PASSWORD, Role.ADMIN));
    }

    public UserAccount founder(String email) {
        return accounts.byEmail(email).orElseGet(() -> accounts.signUp(email, "Founder", PASSWORD));
    }

    /** A completed assessment in a founder's account, submitted to the mentors with a note. */
    public Assessment submitted(String founderEmail, Profile profile, Function<Question, String> pick, String note) {
        return submittedTo(founderEmail, profile, pick, note, null);
    }

    /** The same, submitted to a programme's mentors (null: the open pool). */
    public Assessment submittedTo(String founderEmail, Profile profile, Function<Question, String> pick, String note,
            Long programmeId) {
        Assessment completed = completed(founderEmail, profile, pick);
        return as(founderEmail, () -> assessments.submit(completed.getToken(), note, programmeId));
    }

    /** A completed assessment its founder has not submitted. */
    public Assessment completed(String founderEmail, Profile profile, Function<Question, String> pick) {
        founder(founderEmail);
        Map<String, String> answers = answers(catalog.current().questionnaire(), profile, pick);
        return as(founderEmail, () -> assessments.submit(profile, answers));
    }

    public static Profile profile(String name, String industry, Stage stage) {
        return new Profile(name, industry, stage, 5);
    }

    /** Runs as the signed-in founder, as the founder's own requests would. */
    private static <T> T as(String email, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority(Role.FOUNDER.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Answers every question the founder is asked, so that questions asked after an answer follow. */
    static Map<String, String> answers(Questionnaire questionnaire, Profile profile, Function<Question, String> pick) {
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> done = new HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (Question q : ReadinessScorer.askedQuestions(questionnaire, profile, answers)) {
                if (done.add(q.id())) {
                    answers.put(q.id(), pick.apply(q));
                    more = true;
                }
            }
        }
        return answers;
    }
}
