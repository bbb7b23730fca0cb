package io.vigint.http.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.AccessChangeFeed;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;

/**
 * Each client's limits: its requests per minute (its own {@code rateLimitPerMinute} setting, or the server
 * default) and its ingest rates (its own {@code ingestFramesPerSecond} and {@code ingestBytesPerSecond}, or the
 * server's {@link IngestLimitSettings}). Settings are cached for a short time (a changed limit applies within
 * that time, or at once with {@link #listenTo(AccessChangeFeed)}, since changing a limit is announced as an
 * access change).
 */
public final class ClientRateLimits {
    /**
     * A client's limits in force.
     *
     * @param perMinute API calls a minute
     * @param framesPerSecond ingest frames a second per source
     * @param bytesPerSecond ingest bytes a second, all sources together
     */
    public record Limits(int perMinute, int framesPerSecond, long bytesPerSecond) {}

    private final ClientSettingsUseCase settings;
    private final Limits defaults;
    private final Cache<ClientId, Entry> limits;

    /** A client's limits, with the bucket of its API calls (null if its limit is not positive). */
    private record Entry(Limits limits, BucketKey calls) {}

    /** Limits from {@code settings}, with the defaults and cache time of {@code config}. */
    @Inject
    public ClientRateLimits(ClientSettingsUseCase settings, RateLimitSettings config) {
        this(settings, config.defaultPerMinute(), config.ingest(), config.clientLimitCacheTtl());
    }

    /** Limits with the default ingest limits ({@link IngestLimitSettings#defaults()}). */
    public ClientRateLimits(ClientSettingsUseCase settings, int defaultPerMinute, Duration cacheTtl) {
        this(settings, defaultPerMinute, IngestLimitSettings.defaults(), cacheTtl);
    }

    public ClientRateLimits(
            ClientSettingsUseCase settings, int defaultPerMinute, IngestLimitSettings ingest, Duration cacheTtl) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (defaultPerMinute < 1) {
            throw new IllegalArgumentException("defaultPerMinute must be positive: " + defaultPerMinute);
        }
        this.defaults = new Limits(defaultPerMinute, ingest.framesPerSecond(), ingest.bytesPerSecond());
        this.limits = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(cacheTtl)
                .build();
    }

    /** The API-call limit of {@code clientId} (the default for a client that no longer exists). */
    public int perMinute(ClientId clientId) {
        return of(clientId).perMinute();
    }

    /**
     * The bucket of {@code clientId}'s API calls: key {@code client:<id>}, {@link Budget#perMinute} of its limit;
     * made once per client while its limits are cached.
     *
     * @throws IllegalArgumentException if its limit is not positive (no bucket can hold it)
     */
    public BucketKey callBucket(ClientId clientId) {
        Entry entry = entry(clientId);
        if (entry.calls() == null) {
            throw new IllegalArgumentException(
                    "the limit must be positive: " + entry.limits().perMinute());
        }
        return entry.calls();
    }

    /** Every limit of {@code clientId} (the defaults for a client that no longer exists). */
    public Limits of(ClientId clientId) {
        return entry(clientId).limits();
    }

    private Entry entry(ClientId clientId) {
        Entry known = limits.getIfPresent(clientId);
        return known != null ? known : limits.get(clientId, this::entryOf);
    }

    private Entry entryOf(ClientId clientId) {
        Limits own = load(clientId);
        BucketKey calls = own.perMinute() < 1
                ? null
                : new BucketKey("client:" + clientId.value(), Budget.perMinute(own.perMinute()));
        return new Entry(own, calls);
    }

    /** The server default of API calls a minute. */
    public int defaultPerMinute() {
        return defaults.perMinute();
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

    private Limits load(ClientId clientId) {
        ClientSettings own;
        try {
            own = settings.settingsOf(clientId);
        } catch (VigintException e) {
            if (e.code() == CoreErrorCode.CLIENT_NOT_FOUND) {
                return defaults;
            }
            throw e;
        }
        return new Limits(
                own.rateLimitPerMinute() == null ? defaults.perMinute() : own.rateLimitPerMinute(),
                own.ingestFramesPerSecond() == null ? defaults.framesPerSecond() : own.ingestFramesPerSecond(),
                own.ingestBytesPerSecond() == null ? defaults.bytesPerSecond() : own.ingestBytesPerSecond());
    }
}
