package io.vigint.http.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Objects;

/**
 * Buckets in Redis (Bucket4j's compare-and-swap proxy manager over one Lettuce connection), shared by
 * every server using the same Redis. Keys are {@code vigint:rate-limit:<key>:<limit>} and expire by
 * themselves once their bucket has refilled.
 */
public final class RedisRateLimiter extends Bucket4jRateLimiter {
    /** The prefix of every Redis key this limiter writes. */
    public static final String KEY_PREFIX = "vigint:rate-limit:";

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final ProxyManager<String> buckets;

    /**
     * Connects to {@code redisUrl} (e.g. {@code redis://127.0.0.1:6379}).
     *
     * @throws io.lettuce.core.RedisConnectionException if Redis cannot be reached
     */
    public RedisRateLimiter(String redisUrl) {
        RedisURI uri = RedisURI.create(Objects.requireNonNull(redisUrl, "redisUrl"));
        uri.setTimeout(Duration.ofSeconds(2));
        this.client = RedisClient.create(uri);
        try {
            this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(EXPIRATION)
                .requestTimeout(Duration.ofSeconds(2))
                .build();
    }

    @Override
    Bucket bucket(String storageKey, BucketConfiguration configuration) {
        return buckets.builder().build(KEY_PREFIX + storageKey, () -> configuration);
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
