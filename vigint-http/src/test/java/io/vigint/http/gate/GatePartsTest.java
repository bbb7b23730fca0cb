package io.vigint.http.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.http.ratelimit.RateLimitDecision;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The small parts of the gate: request ids, the query key, rate-limit headers, error answers. */
class GatePartsTest {
    private static final Pattern SANE_ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    @Test
    void aRequestIdIsKeptExactlyWhenTheFormerPatternAcceptedIt() {
        Random random = new Random(14);
        String alphabet = "aZ09._-/ +é\n;:%";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder id = new StringBuilder();
            int length = random.nextInt(70);
            for (int j = 0; j < length; j++) {
                id.append(
                        random.nextInt(4) == 0
                                ? alphabet.charAt(random.nextInt(alphabet.length()))
                                : (char) ('a' + random.nextInt(26)));
            }
            String candidate = id.toString();
            assertThat(RequestIds.isSane(candidate))
                    .as(candidate)
                    .isEqualTo(SANE_ID.matcher(candidate).matches());
        }
        assertThat(RequestIds.idFor("abc-1.2_3")).isEqualTo("abc-1.2_3");
        assertThat(RequestIds.idFor(null))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(RequestIds.idFor("x".repeat(65))).hasSize(36);
    }

    @Test
    void theQueryKeyIsDecodedAsJerseyDecodesQueryParameters() {
        assertThat(PresentedCredentials.queryApiKey(null)).isNull();
        assertThat(PresentedCredentials.queryApiKey("a=1&b=2")).isNull();
        assertThat(PresentedCredentials.queryApiKey("my_api_keys=1")).isNull();
        assertThat(PresentedCredentials.queryApiKey("api_key=vgt_a%2Db+c&api_key=second"))
                .isEqualTo("vgt_a-b c");
        assertThat(PresentedCredentials.queryApiKey("api_key")).isEmpty();
        assertThat(new PresentedCredentials("vgt_secret", null, null, null).toString())
                .doesNotContain("secret");
    }

    @Test
    void rateLimitHeadersAreTextAndRetryAfterOnlyWhenRefused() {
        Map<String, String> allowed = new LinkedHashMap<>();
        RateLimitHeaders.write(new RateLimitDecision(true, 1_000_000, 999_999, 42, 0), allowed::put);
        assertThat(allowed)
                .containsExactly(
                        Map.entry("RateLimit-Limit", "1000000"),
                        Map.entry("RateLimit-Remaining", "999999"),
                        Map.entry("RateLimit-Reset", "42"));
        Map<String, String> refused = new LinkedHashMap<>();
        RateLimitHeaders.write(new RateLimitDecision(false, 60, 0, 30, 30), refused::put);
        assertThat(refused).containsEntry("Retry-After", "30").containsEntry("RateLimit-Remaining", "0");
    }

    @Test
    void anErrorAnswerHasTheEnvelopeStatusAndHeadersOfTheMapper() {
        ErrorAnswer unauthenticated = ErrorAnswer.of(new VigintException(CoreErrorCode.API_KEY_REQUIRED));
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.headers()).extracting(Map.Entry::getKey).containsExactly("WWW-Authenticate");
        assertThat(new String(unauthenticated.json(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("{\"error\":{\"code\":\"API_KEY_REQUIRED\",")
                .endsWith(",\"status\":\"error\"}");
        ErrorAnswer limited = ErrorAnswer.of(CallLimits.refusal(new RateLimitDecision(false, 60, 0, 12, 12)));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers()).containsExactly(Map.entry("Retry-After", "12"));
        assertThat(limited.body()).extractingByKey("error").asString().contains("requests_per_minute");
    }
}
