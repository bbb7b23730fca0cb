package io.vigint.http.ratelimit;

import javax.sql.DataSource;

/** Builds the {@link RateLimiter} that {@link RateLimitSettings#backend()} names. */
public final class RateLimiters {
    private RateLimiters() {}

    /**
     * The limiter for {@code settings}.
     *
     * @param dataSource the PostgreSQL database for {@link RateLimitSettings.Backend#POSTGRESQL} (its
     *     bucket table must exist, see {@link PostgresRateLimiter#createTableSql(String)}); ignored otherwise
     * @throws IllegalArgumentException if PostgreSQL is chosen without a data source
     */
    public static RateLimiter create(RateLimitSettings settings, DataSource dataSource) {
        return switch (settings.backend()) {
            case LOCAL -> new LocalRateLimiter();
            case POSTGRESQL -> {
                if (dataSource == null) {
                    throw new IllegalArgumentException("the postgresql rate-limit backend needs a PostgreSQL database");
                }
                yield new PostgresRateLimiter(dataSource, settings.postgresTable());
            }
            case REDIS -> new RedisRateLimiter(settings.redisUrl());
        };
    }
}
