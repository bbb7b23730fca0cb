package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/** The answer of {@code GET /api/health}: {@code {"status":"ok","timestamp":"2026-01-01T00:00:00Z"}}. */
@JsonPropertyOrder({"status", "timestamp"})
public record HealthView(String status, Instant timestamp) {}
