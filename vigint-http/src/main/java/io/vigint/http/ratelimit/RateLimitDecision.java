package io.vigint.http.ratelimit;

/**
 * The outcome of taking one request from a bucket.
 *
 * @param allowed whether the request may proceed
 * @param limit the bucket's capacity (requests a minute)
 * @param remaining requests left in the current window
 * @param resetSeconds seconds until the bucket is full again ({@code RateLimit-Reset})
 * @param retryAfterSeconds when refused, seconds until a request can succeed ({@code Retry-After}); 0 when allowed
 */
public record RateLimitDecision(
        boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {}
