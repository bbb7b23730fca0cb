package io.vigint.core.idempotency;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.time.Instant;

/**
 * A claimed idempotency key.
 *
 * @param fingerprint a digest of the request (method, path, body) that first used the key
 * @param response the response to replay, or {@code null} while the first request is still running
 */
public record IdempotencyRecord(
        ClientId clientId, String key, String fingerprint, Instant createdAt, StoredResponse response) {
    public IdempotencyRecord {
        Checks.nonNull("clientId key fingerprint createdAt", clientId, key, fingerprint, createdAt);
    }

    /** True once the first request has finished and its response is kept. */
    public boolean completed() {
        return response != null;
    }
}
