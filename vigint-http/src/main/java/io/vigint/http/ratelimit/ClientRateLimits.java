package io.vigint.http.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.AccessChangeFeed;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;

/**
 * Each client's requests-per-minute: its own {@code rateLimitPerMinute} setting, or the server default.
 * Settings are cached for a short time (a changed limit applies within that time, or at once with
 * {@link #listenTo(AccessChangeFeed)}, since changing a limit is announced as an access change).
 */
public final class ClientRateLimits {
    private final ClientSettingsUseCase settings;
    private final int defaultPerMinute;
    private final Cache<ClientId, Integer> limits;

    /** Limits from {@code settings}, with the default and cache time of {@code config}. */
    @Inject
    public ClientRateLimits(ClientSettingsUseCase settings, RateLimitSettings config) {
        this(settings, config.defaultPerMinute(), config.clientLimitCacheTtl());
    }

    public ClientRateLimits(ClientSettingsUseCase settings, int defaultPerMinute, Duration cacheTtl) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (defaultPerMinute < 1) {
            throw new IllegalArgumentException("defaultPerMinute must be positive: " + defaultPerMinute);
        }
        this.defaultPerMinute = defaultPerMinute;
        this.limits = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(cacheTtl)
                .build();
    }

    /** The limit of {@code clientId} (the default for a client that no longer exists). */
    public int perMinute(ClientId clientId) {
        return limits.get(clientId, this::load);
    }

    /** The server default. */
    public int defaultPerMinute() {
        return defaultPerMinute;
    }

    /** Forgets cached limits whenever {@code feed} reports a change; close the handle to stop. */
    public AutoCloseable listenTo(AccessChangeFeed feed) {
        return feed.subscribe(clientId -> {
            if (clientId == null) {
                limits.invalidateAll();
            } else {
                limits.invalidate(clientId);
            }
        });
    }

    private int load(ClientId clientId) {
        try {
            Integer own = settings.settingsOf(clientId).rateLimitPerMinute();
            return own == null ? defaultPerMinute : own;
        } catch (VigintException e) {
            if (e.code() == CoreErrorCode.CLIENT_NOT_FOUND) {
                return defaultPerMinute;
            }
            throw e;
        }
    }
}
