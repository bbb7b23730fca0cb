package io.vigint.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ingest budgets (a rate a second with a burst, taken a frame or a byte count at a time, given back when
 * another limit refuses the request) on the shared bucket stores: two limiters over one PostgreSQL table, or
 * one Redis, count one bucket.
 */
class IngestBudgetBackendsIT {
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private <T extends AutoCloseable> T closeLater(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    @Test
    void twoServersOnOnePostgresDatabaseShareAnIngestBucket() {
        DatabaseSettings database = PostgresTestDatabase.createSchema();
        closeLater(() -> PostgresTestDatabase.dropSchema(database));
        PostgresRateLimiter first = closeLater(new PostgresRateLimiter(closeLater(RateLimitIT.pool(database))));
        PostgresRateLimiter second = closeLater(new PostgresRateLimiter(closeLater(RateLimitIT.pool(database))));
        first.createTable();

        sharesOneBucket(first, second);
    }

    @Test
    void twoServersOnOneRedisShareAnIngestBucket() {
        RedisTestServer.assumeAvailable();
        RedisTestServer.deleteKeys(RedisRateLimiter.KEY_PREFIX + "ingest-test*");
        RedisRateLimiter first = closeLater(new RedisRateLimiter(RedisTestServer.url()));
        RedisRateLimiter second = closeLater(new RedisRateLimiter(RedisTestServer.url()));

        sharesOneBucket(first, second);
    }

    /** A bucket of 100 bytes a second with a burst of 60 s: 6,000 bytes, far more than the test's run refills. */
    private static void sharesOneBucket(RateLimiter first, RateLimiter second) {
        Budget bytes = Budget.perSecond(100, 60);
        String key = "ingest-test:" + System.nanoTime();

        RateLimitDecision taken = first.tryConsume(key, bytes, 4_000);
        assertThat(taken.allowed()).isTrue();
        assertThat(taken.limit()).isEqualTo(6_000);
        assertThat(taken.remaining()).isBetween(2_000L, 2_100L);

        RateLimitDecision refused = second.tryConsume(key, bytes, 3_000);
        assertThat(refused.allowed())
                .as("the other server sees the same bucket")
                .isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(9L, 10L);
        assertThat(refused.resetSeconds()).isBetween(39L, 40L);

        second.refund(key, bytes, 4_000);
        assertThat(first.tryConsume(key, bytes, 5_900).allowed())
                .as("the refund is seen by the other server")
                .isTrue();
        assertThatThrownBy(() -> first.tryConsume(key, bytes, 6_001)).isInstanceOf(IllegalArgumentException.class);
        assertThat(first.tryConsume(key, 1).allowed())
                .as("a per-minute budget of the same key is another bucket")
                .isTrue();
    }
}
