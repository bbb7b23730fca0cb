package io.vigint.http.ratelimit;

/**
 * The outcome of taking tokens from a bucket.
 *
 * @param allowed whether the request may proceed
 * @param limit the bucket's capacity (requests a minute, or the frames or bytes of a full ingest bucket)
 * @param remaining tokens left in the bucket
 * @param resetSeconds seconds until the bucket is full again ({@code RateLimit-Reset})
 * @param retryAfterSeconds when refused, seconds until the request can succeed ({@code Retry-After}); 0 when
 *     allowed
 */
public record RateLimitDecision(
        boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}
