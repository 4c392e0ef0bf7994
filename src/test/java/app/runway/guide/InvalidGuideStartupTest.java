package app.runway.guide;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import app.runway.RunwayApplication;
import app.runway.guide.load.InvalidGuideException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;

/** The portal does not start with a guide it refuses, and says why, file and line. */
class InvalidGuideStartupTest {

    @Test
    void refusesToStartWithABrokenGuide(@TempDir Path guide) throws Exception {
        Files.createDirectories(guide.resolve("en"));
        Files.createDirectories(guide.resolve("zh"));
        Files.writeString(guide.resolve("en/01-a.md"), "---\nid: a\norder: 1\ntitle: A\n---\n\n## R\n\n```entry\n"
                + "id: r\nkind: risk\nsummary: S\ncategory: technical\nseverity: extreme\n```\n");
        Files.writeString(guide.resolve("zh/01-a.md"), "---\nid: a\norder: 1\ntitle: 甲\n---\n\n## 乙\n\n```entry\n"
                + "id: r\nkind: risk\nsummary: 丙\n```\n");
        assertThatThrownBy(() -> new SpringApplicationBuilder(RunwayApplication.class)
                .web(WebApplicationType.NONE)
                .run("--runway.guide.location=" + guide, "--spring.datasource.url=jdbc:h2:mem:broken-guide",
                        "--spring.main.banner-mode=off"))
                .hasRootCauseInstanceOf(InvalidGuideException.class)
                .rootCause().hasMessageContaining(guide.resolve("en/01-a.md") + ":14: 'severity' must be one of");
    }
}
