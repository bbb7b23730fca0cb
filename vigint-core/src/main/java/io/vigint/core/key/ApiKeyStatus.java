package io.vigint.core.key;

/** The stored status of an API key. Expiry is not a status: it follows from {@link ApiKey#expiresAt()}. */
public enum ApiKeyStatus {
    /** Accepted (unless expired or its client is revoked). */
    ACTIVE,
    /** Revoked together with its whole client; reactivating the client makes it active again. */
    SUSPENDED,
    /** Revoked on its own; only reactivating this key by id makes it active again. */
    REVOKED
}
