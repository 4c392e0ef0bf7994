package app.runway.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A test that drives Debian's Chromium against the whole application on a random port. Test
 * methods take a {@link Browser} parameter: a fresh headless Chromium with its own profile, already
 * pointed at the running application; or {@link Browsers}, to start one browser after another.
 *
 * <p>The database is a private in-memory H2, so browser tests never touch {@code ./data}. Name
 * these classes {@code *IT} so that failsafe runs them in {@code mvn verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ChromiumExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Sessions in the database, as in production (the test configuration leaves them out for MockMvc).
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1", "spring.autoconfigure.exclude="})
public @interface BrowserTest {
}
