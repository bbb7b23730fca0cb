package io.vigint.http.ratelimit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Redis that tests use: {@code VIGINT_TEST_REDIS_URL} (default {@value #DEFAULT_URL}). When it does not
 * answer the tests are skipped, unless Redis is required: {@code VIGINT_REQUIRE_REDIS=true}, or whatever
 * requires PostgreSQL ({@code vigint.requirePostgres=true}, {@code VIGINT_REQUIRE_POSTGRES=true}, as in CI).
 */
final class RedisTestServer {
    static final String DEFAULT_URL = "redis://127.0.0.1:6379";

    private RedisTestServer() {}

    static String url() {
        String url = System.getenv("VIGINT_TEST_REDIS_URL");
        return url == null || url.isBlank() ? DEFAULT_URL : url.strip();
    }

    /** Returns if Redis answers; otherwise skips or (when required) fails the calling test. */
    static void assumeAvailable() {
        RedisURI uri = RedisURI.create(url());
        uri.setTimeout(Duration.ofSeconds(2));
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().ping();
        } catch (RuntimeException e) {
            String message = "Redis is not reachable at " + url() + " (" + e.getMessage() + ")";
            if (PostgresTestDatabase.required() || Boolean.parseBoolean(System.getenv("VIGINT_REQUIRE_REDIS"))) {
                Assertions.fail(message + "; it is required here", e);
            }
            Assumptions.abort(message + "; skipping");
        } finally {
            client.shutdown();
        }
    }

    /** Deletes the keys matching {@code pattern} (tests start from a clean slate). */
    static void deleteKeys(String pattern) {
        RedisClient client = RedisClient.create(url());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            List<String> keys = connection.sync().keys(pattern);
            if (!keys.isEmpty()) {
                connection.sync().del(keys.toArray(String[]::new));
            }
        } finally {
            client.shutdown();
        }
    }
}
