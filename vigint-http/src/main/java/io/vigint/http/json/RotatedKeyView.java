package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.key.RotatedApiKey;
import java.time.Instant;

/** The outcome of {@code POST /api/v1/clients/regenerate-key}: the new key and when the old one stops. */
@JsonPropertyOrder({"api_key", "key", "previous_key_expires_at"})
public record RotatedKeyView(String apiKey, KeyView key, Instant previousKeyExpiresAt) implements CarriesSecret {
    public static RotatedKeyView of(RotatedApiKey rotated, Instant now) {
        return new RotatedKeyView(
                rotated.replacement().plainText(),
                KeyView.of(rotated.replacement().key(), now),
                rotated.previous().expiresAt());
    }

    @Override
    public String toString() {
        return "RotatedKeyView[key=" + key + "]";
    }
}
