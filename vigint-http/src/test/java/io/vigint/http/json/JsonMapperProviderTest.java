package io.vigint.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vigint.http.resource.CreateKeyRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonMapperProviderTest {
    @Test
    void timestampsAreUtcToTheSecond() throws Exception {
        String json = JsonMapperProvider.mapper()
                .writeValueAsString(new HealthView("ok", Instant.parse("2026-01-01T00:00:00.123456Z")));

        assertThat(json).isEqualTo("{\"status\":\"ok\",\"timestamp\":\"2026-01-01T00:00:00Z\"}");
    }

    @Test
    void fieldsAreSnakeCaseInBothDirections() throws Exception {
        CreateKeyRequest read = JsonMapperProvider.mapper()
                .readValue("{\"name\":\"ci\",\"expires_in\":\"30d\"}", CreateKeyRequest.class);

        assertThat(read).isEqualTo(new CreateKeyRequest("ci", "30d"));
        assertThat(JsonMapperProvider.mapper().writeValueAsString(new RateLimitView(3, 60)))
                .isEqualTo("{\"client_id\":3,\"per_minute\":60}");
    }

    @Test
    void unknownRequestFieldsAreRefused() {
        assertThatThrownBy(
                        () -> JsonMapperProvider.mapper().readValue("{\"expiresIn\":\"30d\"}", CreateKeyRequest.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void secretsStayOutOfToString() {
        assertThat(new TokenView("secret-token", "bearer", 3600).toString()).doesNotContain("secret-token");
        assertThat(new IssuedKeyView("vgt_secret", null).toString()).doesNotContain("vgt_secret");
    }
}
