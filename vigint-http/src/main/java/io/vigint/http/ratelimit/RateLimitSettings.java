package io.vigint.http.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How requests are limited.
 *
 * @param backend where buckets live: in this process, or shared by every server through PostgreSQL or Redis
 * @param defaultPerMinute requests a minute for a client without its own limit
 * @param redisUrl the Redis to use with {@link Backend#REDIS}, e.g. {@code redis://127.0.0.1:6379}
 * @param postgresTable the bucket table used with {@link Backend#POSTGRESQL} (see
 *     {@link PostgresRateLimiter#createTableSql(String)})
 * @param clientLimitCacheTtl how long a client's own limit is cached before it is read again
 * @param authFailuresPerMinute failed authentications a remote address may cause a minute before it is
 *     blocked until the minute is over
 * @param ingest the default limits of frame ingest, which is not counted in {@code defaultPerMinute}
 */
public record RateLimitSettings(
        Backend backend,
        int defaultPerMinute,
        String redisUrl,
        String postgresTable,
        Duration clientLimitCacheTtl,
        int authFailuresPerMinute,
        IngestLimitSettings ingest) {
    /** The default Redis URL. */
    public static final String DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
    /** The default PostgreSQL bucket table. */
    public static final String DEFAULT_POSTGRES_TABLE = "rate_limit_buckets";

    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public RateLimitSettings {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(redisUrl, "redisUrl");
        Objects.requireNonNull(postgresTable, "postgresTable");
        Objects.requireNonNull(clientLimitCacheTtl, "clientLimitCacheTtl");
        Objects.requireNonNull(ingest, "ingest");
        if (defaultPerMinute < 1) {
            throw new IllegalArgumentException("defaultPerMinute must be positive: " + defaultPerMinute);
        }
        if (authFailuresPerMinute < 1) {
            throw new IllegalArgumentException("authFailuresPerMinute must be positive: " + authFailuresPerMinute);
        }
        if (clientLimitCacheTtl.isNegative()) {
            throw new IllegalArgumentException("clientLimitCacheTtl must not be negative");
        }
        if (!TABLE.matcher(postgresTable).matches()) {
            throw new IllegalArgumentException("not a plain lower-case table name: " + postgresTable);
        }
    }

    /**
     * Local buckets, 60 requests a minute, limits cached 5 seconds, 20 failed authentications a minute, and the
     * default ingest limits ({@link IngestLimitSettings#defaults()}).
     */
    public static RateLimitSettings defaults() {
        return new RateLimitSettings(
                Backend.LOCAL,
                60,
                DEFAULT_REDIS_URL,
                DEFAULT_POSTGRES_TABLE,
                Duration.ofSeconds(5),
                20,
                IngestLimitSettings.defaults());
    }

    /** These settings with another backend. */
    public RateLimitSettings withBackend(Backend newBackend) {
        return new RateLimitSettings(
                newBackend,
                defaultPerMinute,
                redisUrl,
                postgresTable,
                clientLimitCacheTtl,
                authFailuresPerMinute,
                ingest);
    }

    /** These settings with another default limit. */
    public RateLimitSettings withDefaultPerMinute(int perMinute) {
        return new RateLimitSettings(
                backend, perMinute, redisUrl, postgresTable, clientLimitCacheTtl, authFailuresPerMinute, ingest);
    }

    /** These settings with another Redis URL. */
    public RateLimitSettings withRedisUrl(String url) {
        return new RateLimitSettings(
                backend, defaultPerMinute, url, postgresTable, clientLimitCacheTtl, authFailuresPerMinute, ingest);
    }

    /** These settings with another time to cache a client's own limit. */
    public RateLimitSettings withClientLimitCacheTtl(Duration ttl) {
        return new RateLimitSettings(
                backend, defaultPerMinute, redisUrl, postgresTable, ttl, authFailuresPerMinute, ingest);
    }

    /** These settings with other default ingest limits. */
    public RateLimitSettings withIngest(IngestLimitSettings limits) {
        return new RateLimitSettings(
                backend, defaultPerMinute, redisUrl, postgresTable, clientLimitCacheTtl, authFailuresPerMinute, limits);
    }

    /** Where rate-limit buckets live. */
    public enum Backend {
        /** In this process: each server counts on its own. */
        LOCAL,
        /** In a PostgreSQL table shared by every server on that database. */
        POSTGRESQL,
        /** In Redis, shared by every server using it. */
        REDIS;

        /** Parses {@code local}, {@code postgresql} (or {@code postgres}) or {@code redis}, in any case. */
        public static Backend parse(String text) {
            String name = Objects.requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT);
            return switch (name) {
                case "local", "memory", "in-memory" -> LOCAL;
                case "postgresql", "postgres" -> POSTGRESQL;
                case "redis" -> REDIS;
                default ->
                    throw new IllegalArgumentException(
                            "unknown rate-limit backend '" + text + "' (use local, postgresql or redis)");
            };
        }
    }
}
