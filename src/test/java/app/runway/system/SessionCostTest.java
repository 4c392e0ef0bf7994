package app.runway.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.runway.account.AccountService;
import app.runway.support.StatementCounting;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What keeping sessions in the database costs a request: nothing for a reader without a session, and a
 * fixed, small number of statements (read the session, note the visit) for a signed-in one, whatever
 * the page. Figures in docs/performance.md.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude=") // sessions in the database, as in production
@AutoConfigureMockMvc
@Import(StatementCounting.class)
class SessionCostTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Test
    void aReaderWithoutASessionCostsNoStatement() throws Exception {
        mvc.perform(get("/guide/risks/compute-cost")).andExpect(status().isOk());
        StatementCounting.clear();
        MvcResult result = mvc.perform(get("/guide/risks/compute-cost")).andExpect(status().isOk()).andReturn();
        assertThat(StatementCounting.count()).isZero();
        assertThat(result.getResponse().getCookie("SESSION")).as("no session made for reading").isNull();
    }

    @Test
    void aSignedInReaderCostsThreeStatementsAPage() throws Exception {
        String email = "session-cost-" + System.nanoTime() + "@example.com";
        accounts.signUp(email, "Session Cost", "Session-cost-1");
        Cookie session = mvc.perform(formLogin().user(email).password("Session-cost-1")).andReturn().getResponse()
                .getCookie("SESSION");
        assertThat(session).as("Spring Session's cookie").isNotNull();
        mvc.perform(get("/guide/risks/compute-cost").cookie(session)).andExpect(status().isOk());

        StatementCounting.clear();
        mvc.perform(get("/guide/risks/compute-cost").cookie(session)).andExpect(status().isOk());
        long guidePage = StatementCounting.count();
        StatementCounting.clear();
        mvc.perform(get("/guide/chapters/strategy").cookie(session)).andExpect(status().isOk());
        long chapterPage = StatementCounting.count();

        // Spring Session JDBC reads the session with its attributes (two selects in one request) and writes the
        // time of this visit (one update), whatever the page; with the container's sessions it was none.
        assertThat(guidePage).isEqualTo(3);
        assertThat(chapterPage).isEqualTo(3);
    }
}
