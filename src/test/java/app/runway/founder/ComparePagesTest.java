package app.runway.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import app.runway.assessment.Assessment;
import app.runway.founder.CompareView.DimensionChange;
import app.runway.support.Assessments;
import app.runway.support.Assessments.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Comparing two assessments of the same startup: scores, answers and flags; only the founder's own. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(Assessments.class)
class ComparePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments fixtures;

    @Test
    void showsTheChangePerDimensionTheChangedAnswersAndTheFlagsResolved() throws Exception {
        Person ada = fixtures.founder();
        Assessment before = fixtures.researchLab(ada, "Deep Lab");
        Assessment after = fixtures.improvedRetake(ada, before);
        int marketBefore = before.result().dimensions().get("market").score();
        int marketAfter = after.result().dimensions().get("market").score();

        MvcResult page = mvc.perform(compare(after, before).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(view().name("founder/compare"))
                .andExpect(content().string(allOf(
                        containsString("How \u201CDeep Lab\u201D has changed"),
                        containsString("<caption>Each dimension\u2019s score"),
                        containsString("<th scope=\"row\">Market insight and positioning</th>"),
                        containsString("+" + (marketAfter - marketBefore)),
                        containsString("Which industry and which kind of customer will you serve first?"),
                        containsString("Not chosen yet, the product could serve any industry"),
                        containsString("One vertical and one customer tier, chosen with written reasons"),
                        containsString("Resolved: flagged before, not any more"),
                        containsString("href=\"/guide/pitfalls/technology-dependence\""),
                        containsString("No new flag."))))
                .andReturn();
        CompareView view = (CompareView) page.getModelAndView().getModel().get("comparison");

        // The earlier assessment is shown first whichever order the link names them in.
        assertThat(view.before().token()).isEqualTo(before.getToken());
        assertThat(view.after().token()).isEqualTo(after.getToken());
        assertThat(view.dimensions()).extracting(DimensionChange::id).contains("market", "technology");
        assertThat(view.dimensions()).filteredOn(d -> d.id().equals("technology"))
                .extracting(DimensionChange::change).containsExactly("0");
        assertThat(view.resolved()).extracting(CompareView.FlagChange::id)
                .contains("technology-dependence", "uncertain-demand");
        assertThat(view.added()).isEmpty();
        // A dash (read out as "no evidence") stands exactly where a score is missing.
        long missing = view.dimensions().stream().mapToLong(d -> (d.before() == null ? 1 : 0)
                + (d.after() == null ? 1 : 0) + (d.change() == null ? 1 : 0)).sum();
        assertThat(page.getResponse().getContentAsString().split("class=\"missing\"", -1)).hasSize((int) missing + 1);
        assertThat(view.answers()).isNotEmpty().allSatisfy(a -> assertThat(a.before()).isNotEqualTo(a.after()));
    }

    @Test
    void flagsThatAppearAreListedAsNew() throws Exception {
        Person ada = fixtures.founder();
        Assessment strong = fixtures.strong(ada, "Deep Lab");
        Assessment weak = fixtures.researchLab(ada, "Deep Lab");

        CompareView view = (CompareView) mvc.perform(compare(strong, weak).with(ada.signedIn()))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("comparison");
        assertThat(view.added()).extracting(CompareView.FlagChange::id).contains("technology-dependence");
        assertThat(view.resolved()).isEmpty();
        assertThat(view.indexChange()).startsWith("\u2212");
    }

    @Test
    void comparisonIsTranslated() throws Exception {
        Person ada = fixtures.founder();
        Assessment before = fixtures.researchLab(ada, "Deep Lab");
        Assessment after = fixtures.improvedRetake(ada, before);

        mvc.perform(compare(before, after).with(ada.signedIn()).param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("各维度的变化"), containsString("有变化的回答"),
                        containsString("已解决"))));
    }

    @Test
    void assessmentsOfDifferentStartupsAreNotCompared() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");
        Assessment other = fixtures.researchLab(ada, "Other Venture");

        mvc.perform(compare(lab, other).with(ada.signedIn()).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attribute("problem", "founder.compare.problem.otherStartup"))
                .andExpect(content().string(allOf(containsString("These assessments are of different startups"),
                        not(containsString("Answers that changed")))));
    }

    @Test
    void onlyCompletedAssessmentsAreCompared() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");
        Assessment half = fixtures.inProgress(ada, "Deep Lab");

        mvc.perform(compare(lab, half).with(ada.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(model().attribute("problem", "founder.compare.problem.notCompleted"));
    }

    @Test
    void twoAssessmentsMustBeChosen() throws Exception {
        Person ada = fixtures.founder();
        Assessment lab = fixtures.strong(ada, "Deep Lab");

        mvc.perform(get("/me/compare").with(ada.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(model().attribute("problem", "founder.compare.problem.choose"));
        mvc.perform(compare(lab, lab).with(ada.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(model().attribute("problem", "founder.compare.problem.same"));
    }

    @Test
    void anotherFoundersAssessmentIsNotFoundEvenBesideOneOfYourOwn() throws Exception {
        Person ada = fixtures.founder();
        Person eve = fixtures.founder();
        Assessment adas = fixtures.strong(ada, "Deep Lab");
        Assessment eves = fixtures.strong(eve, "Deep Lab");

        mvc.perform(compare(eves, adas).with(ada.signedIn())).andExpect(status().isNotFound());
        mvc.perform(compare(adas, eves).with(eve.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/me/compare").param("a", adas.getToken()).param("b", "guessed-token")
                .with(ada.signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void anAnonymousAssessmentIsNotTheFoundersToCompare() throws Exception {
        Person ada = fixtures.founder();
        Assessment adas = fixtures.strong(ada, "Deep Lab");
        Assessment unclaimed = fixtures.strong("Deep Lab");

        mvc.perform(compare(adas, unclaimed).with(ada.signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void onlyFoundersCompare() throws Exception {
        Person ada = fixtures.founder();
        Assessment before = fixtures.researchLab(ada, "Deep Lab");
        Assessment after = fixtures.improvedRetake(ada, before);

        mvc.perform(compare(before, after)).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(compare(before, after).with(fixtures.mentor().signedIn())).andExpect(status().isForbidden());
        mvc.perform(compare(before, after).with(fixtures.admin().signedIn())).andExpect(status().isForbidden());
    }

    @Test
    void startupNamesAreShownAsText() throws Exception {
        Person ada = fixtures.founder();
        Assessment before = fixtures.researchLab(ada, "<img src=x onerror=alert(1)>");
        Assessment after = fixtures.improvedRetake(ada, before);

        mvc.perform(compare(before, after).with(ada.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<img src=x")),
                        containsString("&lt;img src=x onerror=alert(1)&gt;"))));
    }

    private static MockHttpServletRequestBuilder compare(Assessment a, Assessment b) {
        return get("/me/compare").param("a", a.getToken()).param("b", b.getToken());
    }
}
