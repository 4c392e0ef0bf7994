package app.runway.guide;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Every guide page, served from the bundled guide through the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
class GuidePagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void homeInvitesToRead() throws Exception {
        mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andExpect(view().name("home"))
                .andExpect(content().string(containsString("href=\"/guide\"")));
    }

    @Test
    void contentsListsEveryChapterInOrder() throws Exception {
        mvc.perform(get("/guide").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/guide/chapters/foundations"),
                        containsString("/guide/chapters/resources"))));
    }

    @Test
    void chapterShowsEntriesInPlaceWithAnchorsAndNeighbours() throws Exception {
        mvc.perform(get("/guide/chapters/challenges").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"compute-cost\""),
                        containsString("href=\"#compute-cost\""),
                        containsString("href=\"/guide/risks/compute-cost\""),
                        containsString("rel=\"prev\""),
                        containsString("rel=\"next\""))));
    }

    @Test
    void riskPageListsTheStrategiesThatMitigateIt() throws Exception {
        mvc.perform(get("/guide/risks/compute-cost").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Strategies that reduce it"),
                        containsString("href=\"/guide/strategies/efficient-training\""))));
    }

    @Test
    void strategyPageListsTheRisksItAddresses() throws Exception {
        mvc.perform(get("/guide/strategies/efficient-training").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Risks it reduces"),
                        containsString("href=\"/guide/risks/compute-cost\""))));
    }

    @Test
    void pitfallPageListsItsAvoidanceStrategies() throws Exception {
        mvc.perform(get("/guide/pitfalls/technology-dependence").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Strategies that avoid it"),
                        containsString("href=\"/guide/strategies/demand-orientation\""))));
    }

    @Test
    void casePageShowsCountryYearAndLessons() throws Exception {
        mvc.perform(get("/guide/cases/openai").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("United States"), containsString("founded 2015"),
                        containsString("Lessons"))));
    }

    @Test
    void riskIndexFiltersByCategoryAndSeverity() throws Exception {
        mvc.perform(get("/guide/risks").param("lang", "en").param("category", "legal"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/guide/risks/data-privacy"),
                        not(containsString("/guide/risks/compute-cost\"")))));
        mvc.perform(get("/guide/risks").param("lang", "en").param("severity", "critical"))
                .andExpect(content().string(allOf(containsString("/guide/risks/funding-gap"),
                        not(containsString("/guide/risks/energy-footprint\"")))));
    }

    @Test
    void caseIndexFiltersByCountryAndIndustry() throws Exception {
        mvc.perform(get("/guide/cases").param("lang", "en").param("country", "cn"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/guide/cases/zhipu-ai"),
                        not(containsString("/guide/cases/openai\"")))));
        mvc.perform(get("/guide/cases").param("lang", "en").param("industry", "healthcare"))
                .andExpect(content().string(allOf(containsString("/guide/cases/ai-medical-imaging"),
                        not(containsString("/guide/cases/ai-customer-service\"")))));
    }

    @Test
    void searchStemsEnglishAndFindsChineseWords() throws Exception {
        mvc.perform(get("/guide/search").param("q", "risks").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark>")));
        mvc.perform(get("/guide/search").param("q", "隐私").param("lang", "zh"))
                .andExpect(content().string(containsString("/guide/risks/data-privacy")));
    }

    @Test
    void searchWithoutWordsShowsTheEmptyForm() throws Exception {
        mvc.perform(get("/guide/search").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"search-q\""),
                        not(containsString("class=\"result-count\"")), not(containsString("class=\"search-hits\"")))));
    }

    @Test
    void searchEscapesWhatTheReaderTyped() throws Exception {
        mvc.perform(get("/guide/search").param("q", "<script>alert(1)</script>").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void unknownIdsAnswerNotFound() throws Exception {
        mvc.perform(get("/guide/risks/no-such-risk")).andExpect(status().isNotFound());
        mvc.perform(get("/guide/strategies/compute-cost")).andExpect(status().isNotFound());
        mvc.perform(get("/guide/chapters/no-such-chapter")).andExpect(status().isNotFound());
        mvc.perform(get("/guide/no-such-kind")).andExpect(status().isNotFound());
        mvc.perform(get("/guide/no-such-kind/x")).andExpect(status().isNotFound());
    }

    @Test
    void chaptersWithoutIdGoesToTheContents() throws Exception {
        mvc.perform(get("/guide/chapters")).andExpect(redirectedUrl("/guide"));
    }

    @Test
    void languageIsChosenByParameterAndRememberedForTheVisit() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/guide/risks/compute-cost").param("lang", "zh").session(session))
                .andExpect(content().string(allOf(containsString("lang=\"zh-CN\""), containsString("可降低此风险的策略"))));
        mvc.perform(get("/guide/strategies/efficient-training").session(session))
                .andExpect(content().string(allOf(containsString("lang=\"zh-CN\""), containsString("可降低的风险"))));
        mvc.perform(get("/guide").param("lang", "en").session(session))
                .andExpect(content().string(containsString("lang=\"en\"")));
    }

    @Test
    void languageSwitchKeepsTheReaderOnTheSamePage() throws Exception {
        mvc.perform(get("/guide/risks").param("category", "legal").param("lang", "en"))
                .andExpect(content().string(allOf(
                        containsString("href=\"/guide/risks?category=legal&amp;lang=zh\""),
                        containsString("href=\"/guide/risks?category=legal&amp;lang=en\""))));
    }

    @Test
    void unsupportedLanguageFallsBackToEnglish() throws Exception {
        mvc.perform(get("/guide").param("lang", "fr")).andExpect(content().string(containsString("lang=\"en\"")));
    }
}
