/**
 * Outbound ports the core needs besides storage: randomness and transactions. Time comes from an
 * injected {@link java.time.Clock}. Storage ports live beside the concept they store
 * ({@link io.vigint.core.client.ClientStore}, {@link io.vigint.core.key.ApiKeyStore}).
 */
package io.vigint.core.port;
