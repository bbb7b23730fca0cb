package io.vigint.core.auth;

import io.vigint.core.client.ClientStore;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyFormat;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.CredentialLookup;
import io.vigint.core.key.KeyCredential;
import io.vigint.core.key.KeyDigest;
import io.vigint.core.key.LegacyKeyFormat;
import io.vigint.core.key.LegacyKeyGate;
import io.vigint.core.util.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Authenticates by hashing the presented key and looking the hash up, the key and its client in one
 * {@link CredentialLookup} (one query, one map entry where the store can). Malformed keys are refused
 * before any lookup. A key of the original Vigint's shape ({@link LegacyKeyFormat}: 43 characters, no
 * {@code vgt_}) is looked up only when imported keys exist ({@code legacyKeys}) and matches only an
 * imported key ({@link ApiKey#legacy()}); elsewhere it is malformed like any other text. "Last used" is
 * recorded at most once per {@link #LAST_USED_RESOLUTION} per key, so a busy key does not turn every
 * request into a write.
 */
public record AuthenticationService(
        CredentialLookup credentials, ApiKeyStore apiKeys, Clock clock, LegacyKeyGate legacyKeys)
        implements AuthenticateUseCase {
    /** How stale a key's last-used time may get before a request records a new one. */
    public static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private static final AuthenticationResult REQUIRED =
            new AuthenticationResult.Rejected(CoreErrorCode.API_KEY_REQUIRED);
    private static final AuthenticationResult INVALID =
            new AuthenticationResult.Rejected(CoreErrorCode.INVALID_API_KEY);
    private static final AuthenticationResult REVOKED = new AuthenticationResult.Rejected(CoreErrorCode.KEY_REVOKED);
    private static final AuthenticationResult EXPIRED = new AuthenticationResult.Rejected(CoreErrorCode.KEY_EXPIRED);

    public AuthenticationService {
        Checks.nonNull("credentials apiKeys clock legacyKeys", credentials, apiKeys, clock, legacyKeys);
    }

    /**
     * The service looking keys up in {@code credentials} (which must see the keys of {@code apiKeys}), with a
     * {@link LegacyKeyGate} over {@code apiKeys}.
     */
    public AuthenticationService(CredentialLookup credentials, ApiKeyStore apiKeys, Clock clock) {
        this(credentials, apiKeys, clock, new LegacyKeyGate(Objects.requireNonNull(apiKeys, "apiKeys")::hasLegacyKeys));
    }

    /**
     * The service looking a key up in {@code apiKeys} and then its client in {@code clients} ({@link
     * CredentialLookup#of}), with a {@link LegacyKeyGate} over {@code apiKeys}.
     */
    public AuthenticationService(ClientStore clients, ApiKeyStore apiKeys, Clock clock) {
        this(CredentialLookup.of(apiKeys, clients), apiKeys, clock);
    }

    @Override
    public AuthenticationResult authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return REQUIRED;
        }
        boolean legacyShape = !ApiKeyFormat.isWellFormed(presentedKey);
        if (legacyShape && !(LegacyKeyFormat.isWellFormed(presentedKey) && legacyKeys.mayMatch())) {
            return INVALID;
        }
        Optional<KeyCredential> found = credentials.findCredential(KeyDigest.of(presentedKey));
        if (found.isEmpty() || found.get().legacy() != legacyShape) {
            return INVALID;
        }
        KeyCredential credential = found.get();
        if (!credential.keyActive()) {
            return REVOKED;
        }
        Instant now = clock.instant();
        if (credential.keyExpiredAt(now)) {
            return EXPIRED;
        }
        if (!credential.hasClient()) {
            return INVALID;
        }
        if (!credential.clientActive()) {
            return REVOKED;
        }
        ApiKey key = credential.key();
        if (!credential.usedWithin(LAST_USED_RESOLUTION, now)) {
            apiKeys.recordUse(key.id(), now.truncatedTo(ChronoUnit.SECONDS));
        }
        return new AuthenticationResult.Authenticated(credential.client(), key);
    }
}
