package io.vigint.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretRedactionTest {
    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anApiKeyAtAnyDepthIsReplacedInPlaceByARedactionMark() {
        byte[] body = utf8(
                "{\"data\":{\"api_key\":\"vgt_secret\",\"key\":{\"id\":7,\"name\":\"cam\"}},\"status\":\"success\"}");

        String stored = new String(SecretRedaction.redact(body, "application/json"), StandardCharsets.UTF_8);

        assertThat(stored)
                .doesNotContain("vgt_secret")
                .isEqualTo("{\"data\":{\"api_key_redacted\":true,\"key\":{\"id\":7,\"name\":\"cam\"}},"
                        + "\"status\":\"success\"}");
    }

    @Test
    void accessTokensInArraysAreRedactedToo() {
        byte[] body = utf8("[{\"access_token\":\"t0k\",\"token_type\":\"Bearer\"}]");

        assertThat(new String(SecretRedaction.redact(body, "application/json; charset=UTF-8"), StandardCharsets.UTF_8))
                .isEqualTo("[{\"access_token_redacted\":true,\"token_type\":\"Bearer\"}]");
    }

    @Test
    void bodiesWithoutSecretsOrNotJsonAreStoredAsTheyAre() {
        byte[] plain = utf8("{\"status\":\"buffered\",\"api_key_id\":3}");
        byte[] text = utf8("api_key: \"x\"");

        assertThat(SecretRedaction.redact(plain, "application/json")).isSameAs(plain);
        assertThat(SecretRedaction.redact(text, "text/plain")).isSameAs(text);
        assertThat(SecretRedaction.redact(new byte[0], null)).isEmpty();
    }
}
