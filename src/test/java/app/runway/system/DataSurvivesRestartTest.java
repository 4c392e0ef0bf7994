package app.runway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import app.runway.RunwayApplication;
import app.runway.account.AccountService;
import app.runway.assessment.AssessmentService;
import app.runway.assessment.scoring.Profile;
import app.runway.audit.AuditEventRepository;
import app.runway.questionnaire.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;

/** Restarting the application on the same H2 file loses no account, assessment or audit entry. */
class DataSurvivesRestartTest {

    @Test
    void accountsAssessmentsAndAuditSurviveARestart(@TempDir Path data) {
        String url = "--spring.datasource.url=jdbc:h2:file:" + data.resolve("runway") + ";AUTO_SERVER=FALSE";
        String token;
        try (ConfigurableApplicationContext first = start(url)) {
            first.getBean(AccountService.class).signUp("keep@example.com", "Keep", "keep-me-safe-1");
            token = first.getBean(AssessmentService.class)
                    .submit(new Profile("Durable AI", "finance", Stage.SEED, 5), Map.of()).getToken();
        }
        try (ConfigurableApplicationContext second = start(url)) {
            assertThat(second.getBean(AccountService.class).byEmail("keep@example.com")).isPresent();
            assertThat(second.getBean(AssessmentService.class).find(token).getStartupName()).isEqualTo("Durable AI");
            assertThat(second.getBean(AuditEventRepository.class).search("keep@example.com", "SIGN_UP", null,
                    Pageable.ofSize(10)).getTotalElements()).isEqualTo(1);
        }
    }

    static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.main.banner-mode=off";
        all[args.length + 1] = "--runway.account.admin-password=Restart-Admin-1";
        return new SpringApplicationBuilder(RunwayApplication.class).web(WebApplicationType.NONE).run(all);
    }
}
