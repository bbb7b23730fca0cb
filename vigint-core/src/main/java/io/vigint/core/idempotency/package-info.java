/**
 * Idempotent retries: the first response to a request carrying an {@code Idempotency-Key} is kept, so
 * a retry with the same key (and the same request) is answered from it and billed once.
 */
package io.vigint.core.idempotency;
