package app.runway.founder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import app.runway.account.AccountService;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.ReviewState;
import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Founders, mentors and their assessments for the founder pages' tests: real accounts (the pages
 * read the account row) and completed assessments owned by a founder. Imported into a test's
 * context.
 */
class FounderFixtures {

    static final String PASSWORD = "founder-pass-1";

    private final AccountService accounts;
    private final AssessmentService assessments;
    private final QuestionnaireCatalog catalog;
    private final JdbcTemplate jdbc;

    FounderFixtures(AccountService accounts, AssessmentService assessments, QuestionnaireCatalog catalog,
            JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.assessments = assessments;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** A person with an account and a role, and the request post-processor that signs them in. */
    record Person(UserAccount account, Role role) {

        RequestPostProcessor signedIn() {
            return SecurityMockMvcRequestPostProcessors.user(account.getEmail()).roles(role.name());
        }

        String email() {
            return account.getEmail();
        }
    }

    Person founder() {
        return new Person(accounts.signUp(unique("founder"), "Founder", PASSWORD), Role.FOUNDER);
    }

    Person mentor() {
        return new Person(accounts.createByAdmin("admin@runway.local", unique("mentor"), "Mentor", PASSWORD,
                Role.MENTOR), Role.MENTOR);
    }

    Person admin() {
        return new Person(accounts.createByAdmin("admin@runway.local", unique("admin"), "Admin", PASSWORD,
                Role.ADMIN), Role.ADMIN);
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    /** Nothing on the market or the business model, strong technology. */
    Assessment weak(Person founder, String startup) {
        return as(founder, () -> assessments.submit(profile(startup), answers(startup, q -> switch (q.dimension()) {
            case "technology" -> best(q);
            case "market", "business-model" -> q.options().get(0).id();
            default -> q.options().get(q.options().size() / 2).id();
        })));
    }

    /** The best answer everywhere. */
    Assessment strong(Person founder, String startup) {
        return as(founder, () -> assessments.submit(profile(startup), answers(startup, FounderFixtures::best)));
    }

    /** Started and left half-way: owned, not completed. */
    Assessment inProgress(Person founder, String startup) {
        return as(founder, () -> assessments.start(profile(startup)));
    }

    /** Completed without an account: reachable by its private link only. */
    Assessment anonymous(String startup) {
        SecurityContextHolder.clearContext();
        return assessments.submit(profile(startup), answers(startup, FounderFixtures::best));
    }

    /** A re-take of an assessment, completed with the best answers everywhere. */
    Assessment improvedRetake(Person founder, Assessment previous) {
        return as(founder, () -> {
            Assessment next = assessments.retake(previous.getToken());
            assessments.record(next.getToken(), answers(previous.getStartupName(), FounderFixtures::best));
            return assessments.complete(next.getToken());
        });
    }

    Assessment submitted(Person founder, Assessment assessment, String note) {
        return as(founder, () -> assessments.submit(assessment.getToken(), note));
    }

    /** Moves an assessment to a review state as a mentor would (the review pages are not under test here). */
    void setReviewState(Assessment assessment, ReviewState state) {
        jdbc.update("update assessment set review_state = ? where token = ?", state.name(), assessment.getToken());
    }

    /**
     * A review published on the assessment, stored as the review feature stores it
     * (V5__review.sql): a score and a comment on the market, an overall comment, one strategy
     * added and one removed, and the verdict "not ready yet".
     */
    void publishedReview(Assessment assessment, Person mentor, String added, String removed) {
        Long id = jdbc.queryForObject("select next value for review_seq", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into review (id, assessment_id, status, dimensions, overall_markdown, overall_html,
                    strategies_added, strategies_removed, verdict, created_by, updated_by, created_at, updated_at,
                    published_at, version)
                values (?, ?, 'PUBLISHED', ?, 'Find **one** buyer.', '<p>Find <strong>one</strong> buyer.</p>',
                    ?, ?, 'NOT_YET_READY', ?, ?, ?, ?, ?, 0)""",
                id, assessment.getId(), """
                [{"dimension":"market","score":30,"commentMarkdown":"Talk to customers.",                "commentHtml":"<p>Talk to customers.</p>"}]""",
                "[\"" + added + "\"]", "[\"" + removed + "\"]", mentor.account().getId(),
                mentor.account().getId(), now, now, now);
        setReviewState(assessment, ReviewState.REVIEWED);
    }

    /** The first strategy the assessment's report recommends: one a mentor may remove. */
    String recommendedStrategy(Assessment assessment) {
        return assessment.result().strategies().get(0).id();
    }

    /** A guide strategy the report does not recommend: one a mentor may add. */
    String otherStrategy(Assessment assessment) {
        List<String> recommended = assessment.result().strategies().stream().map(s -> s.id()).toList();
        return jdbc.queryForList("select id from guide_entry where kind = 'STRATEGY' order by position", String.class)
                .stream().filter(id -> !recommended.contains(id)).findFirst().orElseThrow();
    }

    ReviewState reviewState(Assessment assessment) {
        return ReviewState.valueOf(jdbc.queryForObject("select review_state from assessment where token = ?",
                String.class, assessment.getToken()));
    }

    Long ownerId(Assessment assessment) {
        return jdbc.queryForObject("select owner_id from assessment where token = ?", Long.class,
                assessment.getToken());
    }

    private <T> T as(Person person, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                person.email(), null, List.of(new SimpleGrantedAuthority(person.role().authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static Profile profile(String startup) {
        return new Profile(startup, "healthcare", Stage.SEED, 6);
    }

    private Map<String, String> answers(String startup, Function<Question, String> pick) {
        Questionnaire questionnaire = catalog.current().questionnaire();
        Profile profile = profile(startup);
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

    static String best(Question question) {
        return question.options().stream().max(Comparator.comparingInt(Option::score)).orElseThrow().id();
    }
}
