package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.vigint.core.client.ClientWithKeys;
import java.time.Instant;
import java.util.List;

/** A client as the operator API shows it: with all its keys (never their secrets). */
@JsonPropertyOrder({"client", "keys"})
public record AdminClientView(@JsonUnwrapped ClientFields client, List<KeyView> keys) {
    public static AdminClientView of(ClientWithKeys withKeys, Instant now) {
        return new AdminClientView(
                ClientFields.of(withKeys.client()),
                withKeys.keys().stream().map(key -> KeyView.of(key, now)).toList());
    }
}
