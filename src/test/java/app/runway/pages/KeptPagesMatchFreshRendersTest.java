package app.runway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import app.runway.RunwayApplication;
import app.runway.guide.GuideSnapshot;
import app.runway.guide.GuideSnapshots;
import app.runway.guide.GuideViews;
import app.runway.guide.model.EntryKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A kept page is the page a fresh render gives: for every guide page in both languages, for a reader
 * without an account and for a signed-in founder, the bytes served from the cache equal those of the
 * same application with the cache off (apart from the CSRF token, which is new on every request).
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeptPagesMatchFreshRendersTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");

    @Autowired
    MockMvc kept;

    @Autowired
    GuideSnapshots snapshots;

    /** Every page a reader can reach in the guide, with a filter and a search in each language. */
    List<String> guidePages() {
        GuideSnapshot guide = snapshots.current();
        List<String> urls = new ArrayList<>(List.of("/guide", "/guide/search?q=data", "/guide/search?q=%E6%95%B0%E6%8D%AE",
                "/guide/search?q=", "/guide/risks?severity=high&category=technical", "/guide/cases?country=US",
                "/guide/trends?type=nonexistent"));
        guide.tableOfContents("en").forEach(chapter -> urls.add(chapter.url()));
        for (EntryKind kind : EntryKind.values()) {
            urls.add("/guide/" + kind.pathSegment());
            guide.cardsOfKind(kind, "en").stream().map(GuideViews.EntryCard::url).forEach(urls::add);
        }
        return urls;
    }

    /** The same application with the cache off, in a context of its own. */
    private static ConfigurableApplicationContext withoutCache;
    private static MockMvc fresh;

    @BeforeAll
    static void startWithoutCache() {
        withoutCache = new SpringApplicationBuilder(RunwayApplication.class).web(WebApplicationType.SERVLET)
                .run("--runway.pages.cache=false", "--server.port=0", "--spring.main.banner-mode=off",
                        "--spring.datasource.url=jdbc:h2:mem:fresh-renders;DB_CLOSE_DELAY=-1");
        fresh = MockMvcBuilders.webAppContextSetup((WebApplicationContext) withoutCache)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterAll
    static void stop() {
        withoutCache.close();
    }

    @Test
    void everyGuidePageInBothLanguagesIsTheSameForAReaderWithoutAnAccount() throws Exception {
        List<String> pages = guidePages();
        assertThat(pages).hasSizeGreaterThan(130);
        // The one is served from the cache, the other rendered for the request.
        assertThat(kept.perform(get("/guide")).andReturn().getResponse().getHeader("ETag")).isNotNull();
        assertThat(fresh.perform(get("/guide")).andReturn().getResponse().getHeader("ETag")).isNull();
        for (String lang : List.of("en", "zh")) {
            for (String url : pages) {
                body(kept, get(url).param("lang", lang));
                assertThat(body(kept, get(url).param("lang", lang))).as("%s in %s", url, lang)
                        .isEqualTo(body(fresh, get(url).param("lang", lang)));
            }
        }
    }

    @Test
    void everyGuidePageInBothLanguagesIsTheSameForASignedInFounderButTheirToken() throws Exception {
        for (String lang : List.of("en", "zh")) {
            for (String url : guidePages()) {
                String fromCache = body(kept, get(url).param("lang", lang).with(user("ada@example.com").roles("FOUNDER")));
                assertThat(fromCache).contains("name=\"_csrf\"");
                assertThat(withoutToken(fromCache)).as("%s in %s", url, lang).isEqualTo(withoutToken(
                        body(fresh, get(url).param("lang", lang).with(user("ada@example.com").roles("FOUNDER")))));
            }
        }
    }

    private static String body(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static String withoutToken(String html) {
        return CSRF.matcher(html).replaceAll("name=\"_csrf\" value=\"\"");
    }
}
