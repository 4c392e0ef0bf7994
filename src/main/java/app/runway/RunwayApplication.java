package app.runway;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

// No built-in user with a generated password: accounts are Runway's own.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class RunwayApplication {

    public static void main(String[] args) {
        SpringApplication.run(RunwayApplication.class, args);
    }

    /** The one clock of the application, replaced in tests that need a fixed time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
