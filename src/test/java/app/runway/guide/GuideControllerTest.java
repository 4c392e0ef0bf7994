package app.runway.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import app.runway.guide.load.GuideLoader;
import app.runway.pages.PageCache;
import app.runway.pages.PageKey;
import app.runway.protection.ApiProblems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The guide's controller alone (a web slice, the real bundled guide as its snapshot, the page cache
 * mocked): the key a page is kept under holds only what changes the page, in a fixed order, so that
 * nothing else a reader sends can reach a page others are served; unknown pages are 404.
 */
@WebMvcTest(GuideController.class)
// Every controller advice comes with a web slice: the API's needs the problem details it writes.
@Import(ApiProblems.class)
class GuideControllerTest {

    private static final GuideSnapshot BUNDLED = GuideSnapshot.of(new GuideLoader().load(TestGuides.bundled()));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GuideSnapshots snapshots;

    @MockitoBean
    PageCache pages;

    @BeforeEach
    void bundledGuide() {
        when(snapshots.current()).thenReturn(BUNDLED);
    }

    @Test
    void anIndexIsKeptUnderItsKnownFiltersInAFixedOrderAndNothingElse() throws Exception {
        mvc.perform(get("/guide/risks").param("utm_source", "mail").param("severity", "high")
                .param("category", "technical").param("lang", "zh").with(user("reader"))).andExpect(status().isOk());

        PageKey key = servedKey();
        assertThat(key.path()).isEqualTo("/guide/risks");
        assertThat(key.lang()).isEqualTo("zh");
        assertThat(key.revision()).isEqualTo(BUNDLED.revision());
        assertThat(key.params()).containsExactly(Map.entry("category", List.of("technical")),
                Map.entry("severity", List.of("high")));
    }

    @Test
    void aSearchIsKeptUnderItsWordsStrippedAndCut() throws Exception {
        mvc.perform(get("/guide/search").param("q", "  data  " + "x".repeat(300)).with(user("reader")))
                .andExpect(status().isOk());

        String words = servedKey().params().get("q").get(0);
        assertThat(words).startsWith("data").hasSize(GuideController.MAX_QUERY);
    }

    @Test
    void anEntryOfAnotherKindOrAnUnknownChapterIsNotFound() throws Exception {
        mvc.perform(get("/guide/strategies/compute-cost").with(user("reader"))).andExpect(status().isNotFound());
        mvc.perform(get("/guide/chapters/nowhere").with(user("reader"))).andExpect(status().isNotFound());
        mvc.perform(get("/guide/unicorns").with(user("reader"))).andExpect(status().isNotFound());
    }

    private PageKey servedKey() {
        ArgumentCaptor<PageKey> key = ArgumentCaptor.forClass(PageKey.class);
        verify(pages).serve(key.capture(), anyString(), any(), isNull(), any(), any());
        return key.getValue();
    }
}
