package io.vigint.http.metering;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vigint.core.usage.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One call in {@code GET /api/v1/usage}: the fields of {@code /api/usage} plus the currency, the key
 * ({@code null} for access tokens) and the request id (the {@code X-Request-Id} of its response).
 */
@JsonPropertyOrder({"timestamp", "endpoint", "method", "status_code", "cost", "currency", "api_key_id", "request_id"})
public record UsageRecordView(
        Instant timestamp,
        String endpoint,
        String method,
        int statusCode,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal cost,
        String currency,
        Long apiKeyId,
        String requestId) {
    static UsageRecordView of(UsageRecord record) {
        return new UsageRecordView(
                record.occurredAt(),
                record.endpoint(),
                record.method(),
                record.statusCode(),
                record.cost().amount(),
                record.cost().currency().getCurrencyCode(),
                record.apiKeyId() == null ? null : record.apiKeyId().value(),
                record.requestId());
    }
}
