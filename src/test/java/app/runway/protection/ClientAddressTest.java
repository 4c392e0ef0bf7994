package app.runway.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    private final ClientAddress addresses = new ClientAddress(List.of("10.0.0.1", "10.0.0.2"));

    @Test
    void takesTheConnectionsAddressWithoutAProxy() {
        assertThat(addresses.of(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void takesTheForwardedAddressFromATrustedProxy() {
        assertThat(addresses.of(request("10.0.0.1", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void skipsTrustedProxiesFromTheRightAndIgnoresWhatTheClientWroteItself() {
        // The client wrote "1.2.3.4" into the header; its real address was appended by the first proxy.
        assertThat(addresses.of(request("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void fallsBackToTheProxyWhenTheHeaderIsMissingOrOnlyProxies() {
        assertThat(addresses.of(request("10.0.0.1", null))).isEqualTo("10.0.0.1");
        assertThat(addresses.of(request("10.0.0.1", "10.0.0.2"))).isEqualTo("10.0.0.1");
    }

    private static MockHttpServletRequest request(String peer, String forwarded) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwarded != null) {
            request.addHeader("X-Forwarded-For", forwarded);
        }
        return request;
    }
}
