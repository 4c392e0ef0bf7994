package app.runway.team;

import static app.runway.support.Answers.BEST;
import static app.runway.support.Answers.WORST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import app.runway.account.AccountService;
import app.runway.account.Role;
import app.runway.account.UserAccount;
import app.runway.assessment.Assessment;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.QuestionnaireCatalog;
import app.runway.assessment.scoring.Profile;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;
import app.runway.support.Answers;
import app.runway.support.Postgres;
import app.runway.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The co-founders' tables (V11__cofounders.sql) on a real PostgreSQL: invite, join, answer, submit, rescore. */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresTeamIT {

    private static final Postgres POSTGRES = Postgres.start();
    private static final Profile PROFILE = new Profile("PG Pair", "retail", Stage.SEED, 2);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        POSTGRES.register(registry);
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
        Assessment assessment = SignedIn.as(ada.getEmail(), Role.FOUNDER,
                () -> assessments.submit(PROFILE, answers(BEST)));

        assertThat(team.invite(assessment, ada, bo.getEmail(), Locale.ENGLISH, "http://localhost/?token="))
                .isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from team_invitation where assessment_id = ?", Integer.class,
                assessment.getId())).isOne();

        Member member = members.save(new Member(assessment.getId(), bo.getId(), Instant.now()));
        Map<String, String> boAnswers = answers(q -> q.dimension().equals("market") ? WORST.apply(q) : BEST.apply(q));
        SignedIn.as(bo.getEmail(), Role.FOUNDER, () -> team.record(member.getId(), boAnswers));
        SignedIn.as(bo.getEmail(), Role.FOUNDER, () -> team.submit(member.getId()));

        Assessment rescored = assessments.byId(assessment.getId()).orElseThrow();
        assertThat(rescored.result().scoreOf("market")).isZero();
        TeamView view = pages.view(rescored, bo.getId(), true, "en");
        assertThat(view.comparison().toTalkAbout()).isNotEmpty();
        assertThat(view.members()).hasSize(2).allMatch(TeamView.MemberRow::answered);
    }

    private Map<String, String> answers(Function<Question, String> pick) {
        return Answers.answers(catalog.current().questionnaire(), PROFILE, pick);
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }
}
