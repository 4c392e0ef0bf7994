package app.runway.programme;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;

import app.runway.audit.AuditLog;
import app.runway.protection.ApiProblems;
import app.runway.system.Assets;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin's programme form alone (a web slice, the programme service mocked): every field is checked and
 * answered beside it in the admin's language, nothing is created until the form is right, and only admins
 * reach it. The whole story runs through the application in {@link ProgrammeFlowTest}.
 */
@WebMvcTest(controllers = ProgrammeAdminController.class,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "app\\.runway\\.protection\\.(SecurityConfig|ProtectionConfig)"))
@Import({ApiProblems.class, Assets.class})
class ProgrammeAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgrammeService programmes;

    @MockitoBean
    AuditLog audit;

    @Test
    void everyFieldIsCheckedBesideItAndNothingIsCreated() throws Exception {
        mvc.perform(post("/admin/programmes/new").with(admin()).with(csrf()).param("lang", "en").param("name", " ")
                        .param("startsOn", "2027-13-01").param("endsOn", "").param("language", "fr"))
                .andExpect(status().isOk()).andExpect(view().name("programme/edit"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "startsOn", "programme.form.date.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "endsOn", "programme.form.date.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "language", "programme.form.language.invalid"))
                .andExpect(content().string(containsString("Give the programme a name.")));
        mvc.perform(post("/admin/programmes/new").with(admin()).with(csrf()).param("lang", "zh").param("name", "Spring")
                        .param("startsOn", "2027-03-01").param("endsOn", "2027-02-01").param("language", "en"))
                .andExpect(model().attributeHasFieldErrorCode("form", "endsOn", "programme.form.date.order"))
                .andExpect(content().string(containsString("结束日期不能早于开始日期。")));
        mvc.perform(post("/admin/programmes/new").with(admin()).with(csrf()).param("name", "Typo")
                        .param("startsOn", "20270-01-01").param("endsOn", "2027-02-01").param("language", "en"))
                .andExpect(model().attributeHasFieldErrorCode("form", "startsOn", "programme.form.date.invalid"));
        verify(programmes, never()).create(any());
    }

    @Test
    void aRightFormCreatesTheProgrammeAndLeadsToItsPage() throws Exception {
        Programme created = Mockito.mock(Programme.class);
        when(created.getId()).thenReturn(42L);
        when(programmes.create(new ProgrammeDetails("Spring 2027", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 1),
                "zh"))).thenReturn(created);

        mvc.perform(post("/admin/programmes/new").with(admin()).with(csrf()).param("name", " Spring 2027 ")
                        .param("startsOn", "2027-03-01").param("endsOn", "2027-06-01").param("language", "zh"))
                .andExpect(redirectedUrl("/mentor/programmes/42"));
    }

    @Test
    void onlyAdminsReachTheForm() throws Exception {
        mvc.perform(post("/admin/programmes/new").with(user("m@example.com").roles("MENTOR")).with(csrf())
                .param("name", "Mine")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/programmes/new").with(admin()).param("name", "No token"))
                .andExpect(status().isForbidden());
        verify(programmes, never()).create(any());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user("admin@example.com").roles("ADMIN");
    }
}
