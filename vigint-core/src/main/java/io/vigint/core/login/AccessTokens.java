package io.vigint.core.login;

import io.vigint.core.client.ClientId;
import java.time.Duration;
import java.time.Instant;

/**
 * Makes and checks signed, expiring bearer tokens for clients (JWTs in the shipped adapter). The
 * signing key never leaves the adapter.
 */
public interface AccessTokens {
    /** A token for {@code clientId}, valid from {@code now} for {@code lifetime}. */
    IssuedToken issue(ClientId clientId, Instant now, Duration lifetime);

    /** Checks a presented token at {@code now}; never throws for a bad token. */
    TokenCheck check(String token, Instant now);
}
