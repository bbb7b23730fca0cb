/**
 * Idempotent retries of POST requests over HTTP: {@link io.vigint.http.idempotency.IdempotencyFilter}
 * answers a retried request (same client, same {@code Idempotency-Key}, same request) with the first
 * response instead of running it again, and {@link io.vigint.http.idempotency.IdempotencyPurger} deletes
 * keys older than their retention.
 */
package io.vigint.http.idempotency;
