package io.vigint.core.auth;

import io.vigint.core.client.Client;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.key.ApiKey;
import java.util.Objects;

/** The outcome of {@link AuthenticateUseCase#authenticate}: a client and key, or why not. */
public sealed interface AuthenticationResult {
    /**
     * The credential is known, active, unexpired, and its client is active.
     *
     * @param key the API key used, or {@code null} when the client authenticated with an access token
     */
    record Authenticated(Client client, ApiKey key) implements AuthenticationResult {
        public Authenticated {
            Objects.requireNonNull(client, "client");
        }
    }

    /**
     * The key was refused: {@code API_KEY_REQUIRED} (nothing presented), {@code INVALID_API_KEY}
     * (malformed or unknown), {@code KEY_REVOKED} (the key or its client is revoked) or
     * {@code KEY_EXPIRED}.
     */
    record Rejected(ErrorCode reason) implements AuthenticationResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
