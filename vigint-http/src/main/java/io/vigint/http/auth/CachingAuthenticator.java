package io.vigint.http.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vigint.core.auth.AuthenticateUseCase;
import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.key.ApiKeyFormat;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.LegacyKeyFormat;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.http.HttpSettings;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API-key authentication with an in-process cache of verified keys, so the hot path does not touch the
 * database. The cache is keyed by the key's SHA-256 {@link KeyHash} (never the plain key) and holds only
 * successes, imported original keys ({@link LegacyKeyFormat}) as well as {@code vgt_} keys; a hit is
 * re-checked against the key's expiry on the {@link Clock}.
 *
 * <p>The cache never outlives a revocation: it subscribes to the {@link AccessChangeFeed}, and a change
 * for client C drops every entry of C ({@code null}: everything). A verification that raced with a change
 * is not kept (a change counter is compared before and after). Entries also expire after
 * {@link HttpSettings#authCacheTtl()} as a safety net, and at most {@link HttpSettings#authCacheMaxEntries()}
 * are kept. A cached key's "last used" time is refreshed only when its entry is reloaded, so it lags by at
 * most the TTL on top of the core's one-minute resolution.
 */
public final class CachingAuthenticator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CachingAuthenticator.class);
    private static final AuthenticationResult EXPIRED = new AuthenticationResult.Rejected(CoreErrorCode.KEY_EXPIRED);

    private final AuthenticateUseCase keys;
    private final Clock clock;
    private final Cache<KeyHash, AuthenticationResult.Authenticated> cache;
    private final AtomicLong changes = new AtomicLong();
    private final AutoCloseable subscription;

    @Inject
    public CachingAuthenticator(
            AuthenticateUseCase authentication, AccessChangeFeed feed, Clock clock, HttpSettings settings) {
        this(authentication, feed, clock, settings.authCacheTtl(), settings.authCacheMaxEntries());
    }

    public CachingAuthenticator(
            AuthenticateUseCase keys, AccessChangeFeed feed, Clock clock, Duration ttl, long maxEntries) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(ttl)
                .build();
        this.subscription = feed.subscribe(this::accessChanged);
    }

    /**
     * The cached outcome for {@code presentedKey}: a success, or {@code KEY_EXPIRED} if the cached key has
     * expired since; empty when the key is not cached (then call {@link #verify}).
     */
    public Optional<AuthenticationResult> cached(String presentedKey) {
        if (!ApiKeyFormat.isWellFormed(presentedKey) && !LegacyKeyFormat.isWellFormed(presentedKey)) {
            return Optional.empty();
        }
        KeyHash hash = KeyHash.of(presentedKey);
        AuthenticationResult.Authenticated hit = cache.getIfPresent(hash);
        if (hit == null) {
            return Optional.empty();
        }
        if (hit.key().isExpiredAt(clock.instant())) {
            cache.invalidate(hash);
            return Optional.of(EXPIRED);
        }
        return Optional.of(hit);
    }

    /** Verifies {@code presentedKey} with the core and caches a success. */
    public AuthenticationResult verify(String presentedKey) {
        long changesBefore = changes.get();
        AuthenticationResult result = keys.authenticate(presentedKey);
        if (result instanceof AuthenticationResult.Authenticated authenticated && authenticated.key() != null) {
            KeyHash hash = authenticated.key().hash();
            cache.put(hash, authenticated);
            if (changes.get() != changesBefore) {
                cache.invalidate(hash);
            }
        }
        return result;
    }

    /** {@link #cached}, else {@link #verify}. */
    public AuthenticationResult authenticate(String presentedKey) {
        return cached(presentedKey).orElseGet(() -> verify(presentedKey));
    }

    /** How many verified keys are cached now (approximate). */
    public long size() {
        return cache.estimatedSize();
    }

    private void accessChanged(ClientId clientId) {
        changes.incrementAndGet();
        if (clientId == null) {
            cache.invalidateAll();
        } else {
            cache.asMap().values().removeIf(cached -> cached.client().id().equals(clientId));
        }
    }

    /** Stops listening to the feed and empties the cache. */
    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warn("Could not unsubscribe from the access-change feed", e);
        }
        cache.invalidateAll();
    }
}
