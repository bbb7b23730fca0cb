package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.key.IssuedApiKey;
import java.time.Instant;

/** A key just issued: its plain text (shown this once) and its stored record. */
@JsonPropertyOrder({"api_key", "key"})
public record IssuedKeyView(String apiKey, KeyView key) implements CarriesSecret {
    public static IssuedKeyView of(IssuedApiKey issued, Instant now) {
        return new IssuedKeyView(issued.plainText(), KeyView.of(issued.key(), now));
    }

    @Override
    public String toString() {
        return "IssuedKeyView[key=" + key + "]";
    }
}
