package app.runway.support;

import static app.runway.support.Answers.BEST;
import static app.runway.support.Answers.RESEARCH_LAB;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import app.runway.assessment.SharedScoresChanged;
import app.runway.assessment.benchmark.PeerBenchmark;
import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Object Mother of assessments and the people around them, for every feature's tests: founders, mentors
 * and admins with real accounts (pages read the account row), and assessments answered by an {@link Answers}
 * picker — anonymous or owned, in progress, completed, submitted to the open pool or to a programme, put in a
 * review state, reviewed. Import it into a test's context ({@code @Import(Assessments.class)}) or build it from
 * the services.
 */
public class Assessments implements ApplicationContextAware {

    /** Every account made here signs in with this password. */
    public static final String PASSWORD = "founder-pass-1";

    /** A seed-stage healthcare startup of six: asked the medical questions too. */
    public static final Profile LAB = lab("Deep Lab");

    private static final String CREATED_BY = "admin@runway.local";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AccountService accounts;
    private final AssessmentService assessments;
    private final QuestionnaireCatalog catalog;
    private final JdbcTemplate jdbc;
    private ApplicationContext context;

    public Assessments(AccountService accounts, AssessmentService assessments, QuestionnaireCatalog catalog,
            JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.assessments = assessments;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** Set when imported into a test's context; the peer benchmark's reset needs it. */
    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.context = context;
    }

    /** A startup shaped like {@link #LAB}, by another name. */
    public static Profile lab(String name) {
        return new Profile(name, "healthcare", Stage.SEED, 6);
    }

    /** A startup of five. */
    public static Profile profile(String name, String industry, Stage stage) {
        return new Profile(name, industry, stage, 5);
    }

    // --- people ---

    /** A person with an account and a role, and the request post-processor that signs them in. */
    public record Person(UserAccount account, Role role) {

        public RequestPostProcessor signedIn() {
            return SecurityMockMvcRequestPostProcessors.user(account.getEmail()).roles(role.name());
        }

        public String email() {
            return account.getEmail();
        }
    }

    /** A founder who signed up with a fresh address. */
    public Person founder() {
        return new Person(founder(unique("founder")), Role.FOUNDER);
    }

    /** A mentor an admin made, with a fresh address. */
    public Person mentor() {
        return new Person(mentor(unique("mentor"), "Mentor"), Role.MENTOR);
    }

    /** An admin an admin made, with a fresh address. */
    public Person admin() {
        return new Person(admin(unique("admin")), Role.ADMIN);
    }

    /** The founder with this address, signed up on first use. */
    public UserAccount founder(String email) {
        return accounts.byEmail(email).orElseGet(() -> accounts.signUp(email, "Founder", PASSWORD));
    }

    /** The mentor with this address, made by an admin on first use. */
    public UserAccount mentor(String email, String name) {
        return accounts.byEmail(email)
                .orElseGet(() -> accounts.createByAdmin(CREATED_BY, email, name, PASSWORD, Role.MENTOR));
    }

    /** The admin with this address, made by an admin on first use. */
    public UserAccount admin(String email) {
        return accounts.byEmail(email)
                .orElseGet(() -> accounts.createByAdmin(CREATED_BY, email, "Admin", PASSWORD, Role.ADMIN));
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    // --- answers ---

    public Questionnaire questionnaire() {
        return catalog.current().questionnaire();
    }

    /** Every answer a founder of this profile gives with this picker, on the current questionnaire. */
    public Map<String, String> answers(Profile profile, Function<Question, String> pick) {
        return Answers.answers(questionnaire(), profile, pick);
    }

    // --- completed without an account: reachable by the private link only ---

    public Assessment completed(Profile profile, Function<Question, String> pick) {
        return assessments.submit(profile, answers(profile, pick));
    }

    /** Strong technology, nothing on market or business model: technology-dependence. */
    public Assessment researchLab(String name) {
        return completed(lab(name), RESEARCH_LAB);
    }

    /** The best answer everywhere. */
    public Assessment strong(String name) {
        return completed(lab(name), BEST);
    }

    /** The research lab, answering "I don't know" to the given questions. */
    public Assessment withUnknowns(String name, String... questionIds) {
        Map<String, String> answers = answers(lab(name), RESEARCH_LAB);
        for (String id : questionIds) {
            answers.put(id, Questionnaire.UNKNOWN);
        }
        return assessments.submit(lab(name), answers);
    }

    /**
     * A strong founder whose stored result was scored against an older questionnaire, kept as a version, in
     * which every market answer scored zero: the guide has changed since.
     */
    public Assessment scoredAgainstAnOlderVersion(String name) {
        Assessment assessment = strong(name);
        Questionnaire current = questionnaire();
        Questionnaire older = new Questionnaire(current.dimensions(), current.questions().stream()
                .map(q -> !q.dimension().equals("market") ? q : new Question(q.id(), q.dimension(),
                        q.options().stream().map(o -> new Option(o.id(), 0, o.labels())).toList(),
                        q.weakRisks(), q.weakPitfalls(), q.strategies(), q.stages(), q.industries(), q.ifAnswer(),
                        q.texts()))
                .toList(), current.bands(), current.rules(), current.facts());
        String hash = "older-" + UUID.randomUUID();
        jdbc.update("insert into questionnaire_version (content_hash, definition, created_at) values (?, ?, ?)",
                hash, JSON.writeValueAsString(older), Timestamp.from(Instant.now()));
        jdbc.update("update assessment set guide_hash = ?, result = ? where token = ?", hash,
                JSON.writeValueAsString(ReadinessScorer.score(older, assessment.profile(), assessment.getAnswers())),
                assessment.getToken());
        return assessments.find(assessment.getToken());
    }

    // --- owned by a founder ---

    /** Completed in the founder's account (signed up on first use), not submitted. */
    public Assessment completed(String founderEmail, Profile profile, Function<Question, String> pick) {
        founder(founderEmail);
        Map<String, String> answers = answers(profile, pick);
        return SignedIn.as(founderEmail, Role.FOUNDER, () -> assessments.submit(profile, answers));
    }

    /** Strong technology, nothing on market or business model, in the founder's account. */
    public Assessment researchLab(Person founder, String startup) {
        return as(founder, () -> assessments.submit(lab(startup), answers(lab(startup), RESEARCH_LAB)));
    }

    /** The best answer everywhere, in the founder's account. */
    public Assessment strong(Person founder, String startup) {
        return as(founder, () -> assessments.submit(lab(startup), answers(lab(startup), BEST)));
    }

    /** Started and left half-way: owned, not completed. */
    public Assessment inProgress(Person founder, String startup) {
        return as(founder, () -> assessments.start(lab(startup)));
    }

    /** A re-take of an assessment, completed with the best answers everywhere. */
    public Assessment improvedRetake(Person founder, Assessment previous) {
        return as(founder, () -> {
            Assessment next = assessments.retake(previous.getToken());
            assessments.record(next.getToken(), answers(lab(previous.getStartupName()), BEST));
            return assessments.complete(next.getToken());
        });
    }

    /** The founder submits a completed assessment to the open pool with a note. */
    public Assessment submitted(Person founder, Assessment assessment, String note) {
        return as(founder, () -> assessments.submit(assessment.getToken(), note));
    }

    /** Completed in the founder's account and submitted to the mentors with a note. */
    public Assessment submitted(String founderEmail, Profile profile, Function<Question, String> pick, String note) {
        return submittedTo(founderEmail, profile, pick, note, null);
    }

    /** The same, submitted to a programme's mentors (null: the open pool). */
    public Assessment submittedTo(String founderEmail, Profile profile, Function<Question, String> pick, String note,
            Long programmeId) {
        Assessment completed = completed(founderEmail, profile, pick);
        return SignedIn.as(founderEmail, Role.FOUNDER,
                () -> assessments.submit(completed.getToken(), note, programmeId));
    }

    /** The owner shares the assessment's scores with the peer benchmark. */
    public Assessment shared(UserAccount founder, Assessment assessment) {
        return SignedIn.as(founder.getEmail(), Role.FOUNDER,
                () -> assessments.shareScores(assessment.getToken(), true));
    }

    private <T> T as(Person person, Supplier<T> action) {
        return SignedIn.as(person.email(), person.role(), action);
    }

    // --- review states, set as the submission and a mentor's review would leave them ---

    /**
     * Completed (team of four, no account), then put straight in the review state with a fixed submission
     * time, as a founder's submission and a mentor's review would leave it.
     */
    public Assessment inState(ReviewState state, String name, String industry, Stage stage,
            Function<Question, String> pick) {
        Assessment assessment = completed(new Profile(name, industry, stage, 4), pick);
        if (state != ReviewState.DRAFT) {
            jdbc.update("update assessment set review_state = ?, submitted_at = ? where token = ?", state.name(),
                    Timestamp.from(Instant.parse("2025-03-04T05:06:00Z")), assessment.getToken());
        }
        return assessment;
    }

    /** Moves an assessment to a review state and nothing else. */
    public void setReviewState(Assessment assessment, ReviewState state) {
        jdbc.update("update assessment set review_state = ? where token = ?", state.name(), assessment.getToken());
    }

    /**
     * A review published on the assessment, stored as the review feature stores it (V5__review.sql): a score
     * and a comment on the market, an overall comment, one strategy added and one removed, and the verdict
     * "not ready yet".
     */
    public void publishedReview(Assessment assessment, Person mentor, String added, String removed) {
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

    // --- reading back what the pages under test changed ---

    /** The first strategy the assessment's report recommends: one a mentor may remove. */
    public String recommendedStrategy(Assessment assessment) {
        return assessment.result().strategies().get(0).id();
    }

    /** A guide strategy the report does not recommend: one a mentor may add. */
    public String otherStrategy(Assessment assessment) {
        List<String> recommended = assessment.result().strategies().stream().map(s -> s.id()).toList();
        return jdbc.queryForList("select id from guide_entry where kind = 'STRATEGY' order by position", String.class)
                .stream().filter(id -> !recommended.contains(id)).findFirst().orElseThrow();
    }

    public ReviewState reviewState(Assessment assessment) {
        return ReviewState.valueOf(jdbc.queryForObject("select review_state from assessment where token = ?",
                String.class, assessment.getToken()));
    }

    public Long ownerId(Assessment assessment) {
        return jdbc.queryForObject("select owner_id from assessment where token = ?", Long.class,
                assessment.getToken());
    }

    /** Nobody shares any more, and the peer benchmark knows it at once. */
    public void nobodyShares() {
        jdbc.update("update assessment set benchmark_consent = false");
        context.publishEvent(new SharedScoresChanged(null));
        context.getBean(PeerBenchmark.class).revision();
    }

    /** Whether the owner's consent to the peer benchmark is stored. */
    public boolean consent(Assessment assessment) {
        return jdbc.queryForObject("select benchmark_consent from assessment where token = ?", Boolean.class,
                assessment.getToken());
    }
}
