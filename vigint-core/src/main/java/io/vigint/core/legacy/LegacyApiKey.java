package io.vigint.core.legacy;

import java.time.Instant;

/**
 * A row of the original's {@code api_keys} table, as read.
 *
 * @param id its id in the original
 * @param clientId the original id of its client
 * @param keyHash the stored SHA-256 of the key, in hex (the original's {@code hashlib.sha256(key).hexdigest()})
 * @param name its name, or {@code null}
 * @param active whether the original accepted it ({@code is_active}; a missing value is not active, as
 *     the original's lookup {@code is_active=True} treats it)
 * @param createdAt when it was created, or {@code null}
 */
public record LegacyApiKey(long id, long clientId, String keyHash, String name, boolean active, Instant createdAt) {}
