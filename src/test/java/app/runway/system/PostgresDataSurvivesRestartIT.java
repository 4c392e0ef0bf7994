package app.runway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.runway.account.AccountService;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.scoring.Profile;
import app.runway.audit.AuditEventRepository;
import app.runway.questionnaire.Stage;
import app.runway.support.Postgres;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;

/** Restarting the application on the same PostgreSQL database loses no account, assessment or audit entry. */
class PostgresDataSurvivesRestartIT {

    @Test
    void accountsAssessmentsAndAuditSurviveARestart() throws Exception {
        try (Postgres postgres = Postgres.start()) {
            String[] args = postgres.arguments("--spring.profiles.active=postgres");
            String token;
            try (ConfigurableApplicationContext first = DataSurvivesRestartTest.start(args)) {
                first.getBean(AccountService.class).signUp("pg-keep@example.com", "Keep", "keep-me-safe-1");
                token = first.getBean(AssessmentService.class)
                        .submit(new Profile("Durable PG", "healthcare", Stage.GROWTH, 40), Map.of()).getToken();
            }
            try (ConfigurableApplicationContext second = DataSurvivesRestartTest.start(args)) {
                assertThat(second.getBean(AccountService.class).byEmail("pg-keep@example.com")).isPresent();
                assertThat(second.getBean(AssessmentService.class).find(token).getStartupName()).isEqualTo("Durable PG");
                assertThat(second.getBean(AuditEventRepository.class).search(null, "SIGN_UP", null,
                        Pageable.ofSize(10)).getTotalElements()).isEqualTo(1);
            }
        }
    }
}
