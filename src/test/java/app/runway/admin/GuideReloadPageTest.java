package app.runway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import app.runway.guide.EntryTextRepository;
import app.runway.guide.GuideService;
import app.runway.guide.TestGuides;
import app.runway.guide.load.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** An admin reloads the guide from a folder: refused whole with every path:line, or applied whole. */
@SpringBootTest
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuideReloadPageTest {

    private static final String ADMIN = "guide-admin@example.com";
    private static final Path FOLDER = TestGuides.copyOfBundled("runway-admin-guide");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("runway.guide.location", FOLDER::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:admin-guide;DB_CLOSE_DELAY=-1");
        registry.add("runway.account.admin-email", () -> ADMIN);
        registry.add("runway.account.admin-password", () -> "Guide-admin-pass-1");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    GuideService guide;

    @Autowired
    EntryTextRepository entries;

    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor admin() {
        return user(ADMIN).roles("ADMIN");
    }

    @Test
    @Order(1)
    void showsWhereTheGuideComesFromAndItsVersion() throws Exception {
        mvc.perform(get("/admin/guide").with(admin()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(FOLDER.toString())))
                .andExpect(content().string(containsString(guide.currentHash().orElseThrow().substring(0, 12))))
                .andExpect(content().string(containsString("action=\"/admin/guide/reload\"")));
        mvc.perform(get("/admin/guide").with(admin()).param("lang", "zh"))
                .andExpect(content().string(containsString("重新加载指南")));
    }

    @Test
    @Order(2)
    void reloadingTheSameGuideSaysNothingChanged() throws Exception {
        String before = guide.currentHash().orElseThrow();
        MvcResult result = mvc.perform(post("/admin/guide/reload").with(csrf()).with(admin()))
                .andExpect(redirectedUrl("/admin/guide"))
                .andReturn();
        GuideReloadController.Reloaded reloaded = (GuideReloadController.Reloaded) result.getFlashMap().get("reloaded");
        assertThat(reloaded.changed()).isFalse();
        assertThat(reloaded.chapters()).isPositive();
        assertThat(guide.currentHash()).contains(before);
        mvc.perform(get("/admin/guide").with(admin()).flashAttr("reloaded", reloaded).param("lang", "en"))
                .andExpect(content().string(containsString("Nothing changed: the guide at this location is the one in force")));
    }

    @Test
    @Order(3)
    void aBrokenGuideIsRefusedWithEveryPathAndLineAndNothingChanges() throws Exception {
        String before = guide.currentHash().orElseThrow();
        String title = entries.findOne("compute-cost", "en").orElseThrow().getTitle();
        replaceInFile("en/08-pitfalls.md", "kind: pitfall", "kind: mistake");
        replaceInFile("en/07-challenges.md", "severity: high", "severity: extreme");
        replaceInFile("en/07-challenges.md", title, "Compute bills that never arrive");
        try {
            MvcResult result = mvc.perform(post("/admin/guide/reload").with(csrf()).with(admin()).param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(view().name("admin/guide"))
                    .andExpect(content().string(containsString("The guide was refused")))
                    .andExpect(content().string(containsString("Nothing changed: the guide in force is still served.")))
                    .andReturn();
            @SuppressWarnings("unchecked")
            List<Problem> problems = (List<Problem>) result.getModelAndView().getModel().get("problems");
            assertThat(problems).anyMatch(p -> p.path().endsWith("08-pitfalls.md"))
                    .anyMatch(p -> p.path().endsWith("07-challenges.md"));
            String html = result.getResponse().getContentAsString();
            for (Problem problem : problems) {
                assertThat(html).contains("<code class=\"problem-where\">" + problem.path() + ":" + problem.line()
                        + "</code>");
                assertThat(html).contains(HtmlUtils.htmlEscape(problem.message()));
            }
            assertThat(guide.currentHash()).contains(before);
            assertThat(entries.findOne("compute-cost", "en").orElseThrow().getTitle()).isEqualTo(title);
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'GUIDE_RELOAD_REFUSED'"
                    + " and actor = ? and detail like ?", Integer.class, ADMIN, problems.size() + " problem(s): %"))
                    .isEqualTo(1);
        } finally {
            replaceInFile("en/08-pitfalls.md", "kind: mistake", "kind: pitfall");
            replaceInFile("en/07-challenges.md", "severity: extreme", "severity: high");
            replaceInFile("en/07-challenges.md", "Compute bills that never arrive", title);
        }
    }

    @Test
    @Order(4)
    void aValidChangedGuideReplacesTheOldOne() throws Exception {
        String before = guide.currentHash().orElseThrow();
        String title = entries.findOne("compute-cost", "en").orElseThrow().getTitle();
        replaceInFile("en/07-challenges.md", "## " + title, "## Heavy compute bills");
        try {
            MvcResult result = mvc.perform(post("/admin/guide/reload").with(csrf()).with(admin()))
                    .andExpect(redirectedUrl("/admin/guide"))
                    .andExpect(flash().attributeExists("reloaded"))
                    .andReturn();
            GuideReloadController.Reloaded reloaded =
                    (GuideReloadController.Reloaded) result.getFlashMap().get("reloaded");
            assertThat(reloaded.changed()).isTrue();
            assertThat(guide.currentHash()).isPresent().get().isNotEqualTo(before);
            assertThat(entries.findOne("compute-cost", "en").orElseThrow().getTitle()).isEqualTo("Heavy compute bills");
            mvc.perform(get("/admin/guide").with(admin()).flashAttr("reloaded", reloaded).param("lang", "en"))
                    .andExpect(content().string(containsString("The guide was reloaded: " + reloaded.chapters()
                            + " chapters and " + reloaded.entries() + " entries")));
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'GUIDE_RELOADED'"
                    + " and actor = ? and detail like 'changed,%'", Integer.class, ADMIN)).isEqualTo(1);
        } finally {
            replaceInFile("en/07-challenges.md", "## Heavy compute bills", "## " + title);
        }
    }

    @Test
    @Order(5)
    void reloadingNeedsAnAdminAndTheCsrfToken() throws Exception {
        String before = guide.currentHash().orElseThrow();
        replaceInFile("en/07-challenges.md", "## Heavy compute", "## Very heavy compute");
        try {
            mvc.perform(post("/admin/guide/reload").with(admin())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/guide/reload").with(csrf()).with(user("m@example.com").roles("MENTOR")))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/guide/reload").with(csrf())).andExpect(status().isFound());
            assertThat(guide.currentHash()).contains(before);
        } finally {
            replaceInFile("en/07-challenges.md", "## Very heavy compute", "## Heavy compute");
        }
    }

    private static void replaceInFile(String relative, String from, String to) throws IOException {
        TestGuides.replaceInFile(FOLDER, relative, from, to);
    }


    @AfterAll
    static void cleanUp() throws IOException {
        TestGuides.delete(FOLDER);
    }
}
