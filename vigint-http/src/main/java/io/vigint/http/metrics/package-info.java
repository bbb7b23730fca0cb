/**
 * Prometheus metrics: {@link io.vigint.http.metrics.VigintMetrics} (the registry and the counters other
 * components increment), {@link io.vigint.http.metrics.MetricsFilter} (requests by method, route template
 * and status, with a latency histogram) and {@link io.vigint.http.metrics.MetricsResource}
 * ({@code GET /metrics}).
 */
package io.vigint.http.metrics;
