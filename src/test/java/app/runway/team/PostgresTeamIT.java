package app.runway.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import app.runway.assessment.scoring.Profile;
import app.runway.assessment.scoring.ReadinessScorer;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Option;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The co-founders' tables (V11__cofounders.sql) on a real PostgreSQL: invite, join, answer, submit, rescore. */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresTeamIT {

    private static final EmbeddedPostgres POSTGRES = start();
    private static final Profile PROFILE = new Profile("PG Pair", "retail", Stage.SEED, 2);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    @Autowired
    QuestionnaireCatalog catalog;

    @Autowired
    Team team;

    @Autowired
    TeamPages pages;

    @Autowired
    MemberRepository members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCoFoundersSubmittedAnswersScoreTheAssessmentOnPostgres() {
        UserAccount ada = accounts.signUp(unique("ada"), "Ada", "Founder-pass-1");
        UserAccount bo = accounts.signUp(unique("bo"), "Bo", "Founder-pass-1");
        Assessment assessment = as(ada, () -> assessments.submit(PROFILE, answers(PostgresTeamIT::best)));

        assertThat(team.invite(assessment, ada, bo.getEmail(), Locale.ENGLISH, "http://localhost/?token="))
                .isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from team_invitation where assessment_id = ?", Integer.class,
                assessment.getId())).isOne();

        Member member = members.save(new Member(assessment.getId(), bo.getId(), Instant.now()));
        as(bo, () -> team.record(member.getId(), answers(q -> q.dimension().equals("market") ? worst(q) : best(q))));
        as(bo, () -> {
            team.submit(member.getId());
            return null;
        });

        Assessment rescored = assessments.byId(assessment.getId()).orElseThrow();
        assertThat(rescored.result().scoreOf("market")).isZero();
        TeamView view = pages.view(rescored, bo.getId(), true, "en");
        assertThat(view.comparison().toTalkAbout()).isNotEmpty();
        assertThat(view.members()).hasSize(2).allMatch(TeamView.MemberRow::answered);
    }

    private Map<String, String> answers(Function<Question, String> pick) {
        Questionnaire questionnaire = catalog.current().questionnaire();
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> done = new HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (Question q : ReadinessScorer.askedQuestions(questionnaire, PROFILE, answers)) {
                if (done.add(q.id())) {
                    answers.put(q.id(), pick.apply(q));
                    more = true;
                }
            }
        }
        return answers;
    }

    private static String best(Question question) {
        return question.options().stream().max(java.util.Comparator.comparingInt(Option::score)).orElseThrow().id();
    }

    private static String worst(Question question) {
        return question.options().stream().min(java.util.Comparator.comparingInt(Option::score)).orElseThrow().id();
    }

    private static <T> T as(UserAccount account, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                account.getEmail(), null, List.of(new SimpleGrantedAuthority(Role.FOUNDER.authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL server", e);
        }
    }
}
