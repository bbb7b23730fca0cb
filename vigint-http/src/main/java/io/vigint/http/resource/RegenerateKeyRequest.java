package io.vigint.http.resource;

/**
 * Body of {@code POST /api/v1/clients/regenerate-key} (optional): how long the old key keeps working,
 * as {@code "grace_period": "24h"} or {@code "grace_period_seconds": 86400}; default 0 (it stops at once).
 */
public record RegenerateKeyRequest(String gracePeriod, Long gracePeriodSeconds) {}
