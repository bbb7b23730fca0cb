package io.vigint.http.metering;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vigint.core.usage.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;

/** One call in {@code GET /api/usage}: {@code {timestamp, endpoint, method, status_code, cost}}. */
@JsonPropertyOrder({"timestamp", "endpoint", "method", "status_code", "cost"})
public record UsageItemView(
        Instant timestamp,
        String endpoint,
        String method,
        int statusCode,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal cost) {
    static UsageItemView of(UsageRecord record) {
        return new UsageItemView(
                record.occurredAt(),
                record.endpoint(),
                record.method(),
                record.statusCode(),
                record.cost().amount());
    }
}
