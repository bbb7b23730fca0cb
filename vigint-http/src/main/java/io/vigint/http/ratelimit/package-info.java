/**
 * Rate limits with Bucket4j: a per-client request budget ({@link io.vigint.http.ratelimit.RateLimitFilter},
 * default 60 requests a minute, overridable per client) on a local, PostgreSQL or Redis bucket store
 * ({@link io.vigint.http.ratelimit.RateLimiters}), and a per-address throttle of failed authentication
 * ({@link io.vigint.http.ratelimit.AuthFailureThrottle}).
 */
package io.vigint.http.ratelimit;
