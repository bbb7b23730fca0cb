package io.vigint.core.legacy;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of the original's {@code api_usage} table, as read.
 *
 * @param id its id in the original
 * @param apiKeyId the original id of the key that made the call
 * @param cost the original's floating-point cost as a decimal ({@code null}: none recorded)
 * @param timestamp when the call was made (UTC), or {@code null}
 */
public record LegacyUsage(
        long id, long apiKeyId, String endpoint, String method, int statusCode, BigDecimal cost, Instant timestamp) {}
