package io.vigint.http.metering;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * {@code GET /api/usage}, as the seed answers it: {@code {"api_key_id","client_name","usage_count","usage"}}
 * where {@code usage_count} is the number of calls listed (at most 100) and {@code api_key_id} is
 * {@code null} when the caller used an access token.
 */
@JsonPropertyOrder({"api_key_id", "client_name", "usage_count", "usage"})
public record LatestUsageView(Long apiKeyId, String clientName, int usageCount, List<UsageItemView> usage) {}
