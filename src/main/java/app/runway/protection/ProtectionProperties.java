package app.runway.protection;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one client may send (settings {@code runway.protection.*}).
 *
 * @param signIn              sign-in attempts per client address
 * @param signUp              sign-ups per client address
 * @param anonymousAssessments assessments started without an account (web or API) per client address
 * @param password            password forms (admin resets) per client address
 * @param apiPerAccount       API requests per signed-in account
 * @param invitations         forms that mail someone else, per signed-in account: programme and co-founder
 *                            invitations, join links, submissions to a programme
 * @param trustedProxies      addresses of the reverse proxies whose {@code X-Forwarded-For} is believed;
 *                            empty: the connection's own address is the client's
 * @param maxFormBody         largest form post accepted (a full mentor review in Chinese fits)
 * @param maxApiBody          largest API request body accepted
 */
@ConfigurationProperties("runway.protection")
public record ProtectionProperties(
        @DefaultValue({"30", "1m"}) Limit signIn,
        @DefaultValue({"20", "1h"}) Limit signUp,
        @DefaultValue({"30", "10m"}) Limit anonymousAssessments,
        @DefaultValue({"10", "10m"}) Limit password,
        @DefaultValue({"300", "1m"}) Limit apiPerAccount,
        @DefaultValue({"60", "1h"}) Limit invitations,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("1MB") DataSize maxFormBody,
        @DefaultValue("256KB") DataSize maxApiBody) {

    /** {@code requests} per {@code per}, refilled evenly; a full bucket allows that many at once. */
    public record Limit(int requests, Duration per) {

        public Limit {
            if (requests < 1 || per == null || per.isZero() || per.isNegative()) {
                throw new IllegalArgumentException("a limit needs at least 1 request per positive duration");
            }
        }
    }
}
