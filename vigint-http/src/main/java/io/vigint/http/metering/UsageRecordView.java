package io.vigint.http.metering;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.vigint.core.usage.UsageRecord;

/**
 * One call in {@code GET /api/v1/usage}: the fields of {@code /api/usage} (the embedded {@link UsageItemView},
 * which adds no level to the JSON) plus the currency, the key ({@code null} for access tokens) and the request
 * id (the {@code X-Request-Id} of its response).
 */
@JsonPropertyOrder({"timestamp", "endpoint", "method", "status_code", "cost", "currency", "api_key_id", "request_id"})
public record UsageRecordView(@JsonUnwrapped UsageItemView call, String currency, Long apiKeyId, String requestId) {
    static UsageRecordView of(UsageRecord record) {
        return new UsageRecordView(
                UsageItemView.of(record),
                record.cost().currency().getCurrencyCode(),
                record.apiKeyId() == null ? null : record.apiKeyId().value(),
                record.requestId());
    }
}
