package io.vigint.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientWithKeys;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client views' JSON, field for field and in order, as clients have always seen it. */
class ClientViewsTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final Client ACME = new Client(new ClientId(7), "acme", "ops@acme.test", "desc", true, T, T);

    private static String json(Object view) throws Exception {
        return JsonMapperProvider.mapper().writeValueAsString(view);
    }

    private static final String FIELDS = "{\"id\":7,\"name\":\"acme\",\"email\":\"ops@acme.test\","
            + "\"description\":\"desc\",\"is_active\":true,\"created_at\":\"2026-01-01T00:00:00Z\","
            + "\"updated_at\":\"2026-01-01T00:00:00Z\"";

    @Test
    void theClientViewIsFlatWithItsFieldsInOrder() throws Exception {
        assertThat(json(ClientView.of(ACME))).isEqualTo(FIELDS + ",\"email_config\":null}");
        assertThat(json(ClientView.of(ACME, null, null, ClientView.CONFIRMATION_SENT)))
                .isEqualTo(FIELDS + ",\"email_config\":null,\"email_confirmation\":\"sent\"}");
    }

    @Test
    void theOperatorViewIsFlatWithItsKeysLast() throws Exception {
        assertThat(json(AdminClientView.of(new ClientWithKeys(ACME, List.of()), T)))
                .isEqualTo(FIELDS + ",\"keys\":[]}");
    }
}
