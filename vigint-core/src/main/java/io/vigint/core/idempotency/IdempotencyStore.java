package io.vigint.core.idempotency;

import io.vigint.core.client.ClientId;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps idempotency keys per client. Claiming is atomic: of two racing requests with the same client
 * and key, exactly one claims it. A record created before {@code expiredBefore} counts as absent.
 */
public interface IdempotencyStore {
    /**
     * Claims {@code key} for a request with {@code fingerprint}. Returns empty if this call claimed it
     * (the caller must later {@link #complete} or {@link #release} it), or the live record that holds it.
     */
    Optional<IdempotencyRecord> claim(
            ClientId clientId, String key, String fingerprint, Instant now, Instant expiredBefore);

    /** Stores the response of the request that claimed the key. */
    void complete(ClientId clientId, String key, StoredResponse response);

    /** Forgets an uncompleted claim (the request failed in a way a retry may fix). */
    void release(ClientId clientId, String key);

    /** Deletes records created before {@code cutoff}; returns how many. */
    int purgeCreatedBefore(Instant cutoff);
}
