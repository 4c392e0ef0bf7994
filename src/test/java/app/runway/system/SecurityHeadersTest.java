package app.runway.system;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Every page carries the headers that keep injected script inert and the site out of frames. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesForbidInlineScriptFramesAndLeakyReferrers() throws Exception {
        for (String url : new String[] {"/", "/guide", "/guide/risks/compute-cost", "/login", "/guide/nope"}) {
            mvc.perform(get(url))
                    .andExpect(header().string("Content-Security-Policy", allOf(
                            containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
                            containsString("object-src 'none'"), not(containsString("unsafe-inline")))))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
    }
}
