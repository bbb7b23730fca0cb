package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.mail.StoredEmailConfig;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client's email configuration as the API shows it: {@code provider}, the provider's {@code config}
 * without the secret but with {@code <secret field>_set} (e.g. {@code "password_set": true}), and when
 * it was created and last changed.
 */
@JsonPropertyOrder({"provider", "config", "created_at", "updated_at"})
public record EmailConfigView(String provider, Map<String, Object> config, Instant createdAt, Instant updatedAt) {
    public static EmailConfigView of(StoredEmailConfig stored) {
        Map<String, Object> config = new LinkedHashMap<>(stored.config().publicFields());
        config.put(stored.config().provider().secretField() + "_set", stored.secretSet());
        return new EmailConfigView(
                stored.config().provider().wireName(), config, stored.createdAt(), stored.updatedAt());
    }
}
