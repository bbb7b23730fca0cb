package io.vigint.core.legacy;

import java.time.Instant;

/**
 * A row of the original's {@code clients} table, as read.
 *
 * @param id its id in the original
 * @param name as stored there (not unique there, possibly blank)
 * @param email as stored there (unique there, case-sensitively; not validated there)
 * @param createdAt when it was created, or {@code null} if the original has no time
 */
public record LegacyClient(long id, String name, String email, Instant createdAt) {}
