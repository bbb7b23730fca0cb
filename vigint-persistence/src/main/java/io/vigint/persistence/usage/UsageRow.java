package io.vigint.persistence.usage;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One row of {@code usage_records}, as stored. {@code id} is {@code null} in a row about to be inserted;
 * {@code apiKeyId} is {@code null} for calls made with an access token.
 */
public record UsageRow(
        Long id,
        long clientId,
        Long apiKeyId,
        String endpoint,
        String method,
        int statusCode,
        BigDecimal cost,
        String currency,
        OffsetDateTime occurredAt,
        String requestId) {}
