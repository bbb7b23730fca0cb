package io.vigint.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.http.ratelimit.RateLimitSettings.Backend;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitSettingsTest {
    @Test
    void theDefaultsAreLocalSixtyAMinute() {
        RateLimitSettings defaults = RateLimitSettings.defaults();

        assertThat(defaults.backend()).isEqualTo(Backend.LOCAL);
        assertThat(defaults.defaultPerMinute()).isEqualTo(60);
        assertThat(defaults.redisUrl()).isEqualTo("redis://127.0.0.1:6379");
        assertThat(defaults.clientLimitCacheTtl()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.authFailuresPerMinute()).isEqualTo(20);
    }

    @Test
    void backendsParseFromConfigurationText() {
        assertThat(Backend.parse("local")).isEqualTo(Backend.LOCAL);
        assertThat(Backend.parse(" PostgreSQL ")).isEqualTo(Backend.POSTGRESQL);
        assertThat(Backend.parse("postgres")).isEqualTo(Backend.POSTGRESQL);
        assertThat(Backend.parse("redis")).isEqualTo(Backend.REDIS);
        assertThatThrownBy(() -> Backend.parse("memcached"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("local, postgresql or redis");
    }

    @Test
    void invalidSettingsAreRefused() {
        RateLimitSettings defaults = RateLimitSettings.defaults();
        assertThatThrownBy(() -> defaults.withDefaultPerMinute(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitSettings(
                        Backend.POSTGRESQL,
                        60,
                        "redis://x",
                        "buckets; DROP TABLE x",
                        Duration.ZERO,
                        20,
                        IngestLimitSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IngestLimitSettings(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IngestLimitSettings(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IngestLimitSettings(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IngestLimitSettings(1, 1, 61)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFactoryBuildsTheConfiguredBackend() {
        try (RateLimiter local = RateLimiters.create(RateLimitSettings.defaults(), null)) {
            assertThat(local).isInstanceOf(LocalRateLimiter.class);
        }
        assertThatThrownBy(
                        () -> RateLimiters.create(RateLimitSettings.defaults().withBackend(Backend.POSTGRESQL), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PostgreSQL");
    }

    @Test
    void theBucketTableDdlIsIdempotent() {
        assertThat(PostgresRateLimiter.createTableSql("rate_limit_buckets"))
                .isEqualTo("CREATE TABLE IF NOT EXISTS rate_limit_buckets"
                        + " (id VARCHAR(255) PRIMARY KEY, state BYTEA, expires_at BIGINT)");
    }
}
