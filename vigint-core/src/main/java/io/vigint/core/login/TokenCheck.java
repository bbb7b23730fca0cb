package io.vigint.core.login;

import io.vigint.core.client.ClientId;
import java.util.Objects;

/** What {@link AccessTokens#check} found in a presented token. */
public sealed interface TokenCheck {
    /** Signed by us, unexpired, for this client. */
    record Valid(ClientId clientId) implements TokenCheck {
        public Valid {
            Objects.requireNonNull(clientId, "clientId");
        }
    }

    /** Signed by us but past its expiry. */
    record Expired() implements TokenCheck {}

    /** Malformed, or not signed with our key. */
    record Invalid() implements TokenCheck {}
}
