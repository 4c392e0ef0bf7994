package app.runway.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class BodySizeFilterTest {

    private final BodySizeFilter filter = new BodySizeFilter(new ProtectionProperties(null, null, null, null, null, null,
            List.of(), DataSize.ofKilobytes(64), DataSize.ofKilobytes(16)));

    @Test
    void refusesA30MegabyteBodyByItsLengthWithoutReadingIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/assessments") {
            @Override
            public long getContentLengthLong() {
                return 30L * 1024 * 1024; // declared; nothing is there to read, and the filter must not try
            }
        };
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).as("the application never saw the request").isNull();
    }

    @Test
    void formsHaveTheirOwnLargerLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/mentor/reviews/abc");
        request.setContent(new byte[40 * 1024]);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void stopsABodyWithoutALengthAtTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/assessments") {
            @Override
            public long getContentLengthLong() {
                return -1; // sent chunked
            }
        };
        request.setContent(new byte[17 * 1024]);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        InputStream body = chain.getRequest().getInputStream();
        assertThatThrownBy(body::readAllBytes).isInstanceOf(BodySizeFilter.BodyTooLargeException.class);
    }

    @Test
    void passesABodyWithinTheLimitWhole() throws Exception {
        byte[] content = new byte[10 * 1024];
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/assessments");
        request.setContent(content);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest().getInputStream().readAllBytes()).hasSize(content.length);
    }
}
