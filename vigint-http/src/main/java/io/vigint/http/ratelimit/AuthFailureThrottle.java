package io.vigint.http.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.vigint.http.auth.AuthFailureListener;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Throttles failed authentication in this process, with Bucket4j buckets refilled intervally each minute
 * (as for client limits); a bucket that is empty blocks until its minute is over:
 *
 * <ul>
 *   <li>unknown API keys, tokens and operator keys: N a minute per remote address;
 *   <li>failed password logins: N a minute per (username, address), and {@value #USERNAME_FACTOR} × N a
 *       minute per username from all addresses together (a slower, distributed guess at one account).
 * </ul>
 *
 * N is {@link RateLimitSettings#authFailuresPerMinute()}. Usernames are compared stripped and
 * lower-cased ({@link Locale#ROOT}), and only their first {@value #MAX_USERNAME_CHARS} characters are
 * kept as a key. Up to 100,000 keys of each kind are tracked; one idle for two minutes is forgotten (its
 * bucket would be full again anyway).
 */
public final class AuthFailureThrottle implements AuthFailureListener {
    /** How many more failed logins a username may have a minute, from all addresses, than from one. */
    public static final int USERNAME_FACTOR = 5;

    private static final int MAX_USERNAME_CHARS = 256;
    private static final int MAX_TRACKED = 100_000;

    private final int failuresPerMinute;
    private final Cache<String, Bucket> addresses = tracker();
    private final Cache<String, Bucket> usernamesAtAddresses = tracker();
    private final Cache<String, Bucket> usernames = tracker();

    /** A throttle allowing {@link RateLimitSettings#authFailuresPerMinute()} failures a minute. */
    public AuthFailureThrottle(RateLimitSettings settings) {
        this(settings.authFailuresPerMinute());
    }

    public AuthFailureThrottle(int failuresPerMinute) {
        if (failuresPerMinute < 1) {
            throw new IllegalArgumentException("failuresPerMinute must be positive: " + failuresPerMinute);
        }
        this.failuresPerMinute = failuresPerMinute;
    }

    private static Cache<String, Bucket> tracker() {
        return Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED)
                .expireAfterAccess(Duration.ofMinutes(2))
                .build();
    }

    @Override
    public void authenticationFailed(String remoteAddress) {
        consume(addresses, remoteAddress, failuresPerMinute);
    }

    @Override
    public boolean isBlocked(String remoteAddress) {
        return isEmpty(addresses, remoteAddress);
    }

    @Override
    public long retryAfterSeconds(String remoteAddress) {
        return secondsUntilRefill(addresses, remoteAddress);
    }

    @Override
    public void loginFailed(String username, String remoteAddress) {
        String user = usernameKey(username);
        consume(usernamesAtAddresses, pair(user, remoteAddress), failuresPerMinute);
        consume(usernames, user, failuresPerMinute * USERNAME_FACTOR);
    }

    @Override
    public boolean isLoginBlocked(String username, String remoteAddress) {
        String user = usernameKey(username);
        return isEmpty(usernamesAtAddresses, pair(user, remoteAddress)) || isEmpty(usernames, user);
    }

    @Override
    public long loginRetryAfterSeconds(String username, String remoteAddress) {
        String user = usernameKey(username);
        long wait = 1;
        if (isEmpty(usernamesAtAddresses, pair(user, remoteAddress))) {
            wait = Math.max(wait, secondsUntilRefill(usernamesAtAddresses, pair(user, remoteAddress)));
        }
        if (isEmpty(usernames, user)) {
            wait = Math.max(wait, secondsUntilRefill(usernames, user));
        }
        return wait;
    }

    private static String usernameKey(String username) {
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return user.length() > MAX_USERNAME_CHARS ? user.substring(0, MAX_USERNAME_CHARS) : user;
    }

    /** A key no username and address can share with another pair: the address cannot hold a NUL. */
    private static String pair(String usernameKey, String remoteAddress) {
        return remoteAddress + '\u0000' + usernameKey;
    }

    private static void consume(Cache<String, Bucket> buckets, String key, int perMinute) {
        buckets.get(key, k -> Bucket.builder()
                        .addLimit(limit ->
                                limit.capacity(perMinute).refillIntervally(perMinute, Bucket4jRateLimiter.WINDOW))
                        .build())
                .tryConsume(1);
    }

    private static boolean isEmpty(Cache<String, Bucket> buckets, String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private static long secondsUntilRefill(Cache<String, Bucket> buckets, String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return 1;
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
