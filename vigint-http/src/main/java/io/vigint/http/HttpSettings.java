package io.vigint.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP server listens and what it accepts. Every setting has a default that is safe on a
 * laptop ({@link #defaults()}); the {@code with…} methods return changed copies.
 *
 * @param host the address to listen on (default {@value #DEFAULT_HOST}: this machine only; use
 *     {@code 0.0.0.0} to accept connections from other machines)
 * @param port the TCP port (default {@value #DEFAULT_PORT}); {@code 0} picks a free port (tests)
 * @param maxBodyBytes the largest request body accepted; larger ones get 413 {@code PAYLOAD_TOO_LARGE}
 * @param allowQueryApiKey whether an {@code api_key} query parameter is accepted as a credential (off:
 *     query strings end up in proxy and browser logs)
 * @param openSignUp whether {@code POST /api/v1/clients/} works without an operator key
 * @param authCacheTtl how long a verified API key may be served from the in-process cache at most (a
 *     safety net: revocations reach the cache through the access-change feed)
 * @param authCacheMaxEntries how many verified API keys the cache holds at most
 */
public record HttpSettings(
        String host,
        int port,
        long maxBodyBytes,
        boolean allowQueryApiKey,
        boolean openSignUp,
        Duration authCacheTtl,
        long authCacheMaxEntries) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 5002;
    public static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024L;
    public static final Duration DEFAULT_AUTH_CACHE_TTL = Duration.ofSeconds(30);
    public static final long DEFAULT_AUTH_CACHE_MAX_ENTRIES = 100_000;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        Objects.requireNonNull(authCacheTtl, "authCacheTtl");
        if (authCacheTtl.isNegative() || authCacheTtl.isZero()) {
            throw new IllegalArgumentException("authCacheTtl must be positive: " + authCacheTtl);
        }
        if (authCacheMaxEntries < 1) {
            throw new IllegalArgumentException("authCacheMaxEntries must be positive: " + authCacheMaxEntries);
        }
    }

    /** Listens on 127.0.0.1:5002, 1 MiB bodies, no query-string keys, no open sign-up, 30 s cache TTL. */
    public static HttpSettings defaults() {
        return new HttpSettings(
                DEFAULT_HOST,
                DEFAULT_PORT,
                DEFAULT_MAX_BODY_BYTES,
                false,
                false,
                DEFAULT_AUTH_CACHE_TTL,
                DEFAULT_AUTH_CACHE_MAX_ENTRIES);
    }

    public HttpSettings withHost(String newHost) {
        return new HttpSettings(
                newHost, port, maxBodyBytes, allowQueryApiKey, openSignUp, authCacheTtl, authCacheMaxEntries);
    }

    public HttpSettings withPort(int newPort) {
        return new HttpSettings(
                host, newPort, maxBodyBytes, allowQueryApiKey, openSignUp, authCacheTtl, authCacheMaxEntries);
    }

    public HttpSettings withMaxBodyBytes(long newMaxBodyBytes) {
        return new HttpSettings(
                host, port, newMaxBodyBytes, allowQueryApiKey, openSignUp, authCacheTtl, authCacheMaxEntries);
    }

    public HttpSettings withAllowQueryApiKey(boolean allow) {
        return new HttpSettings(host, port, maxBodyBytes, allow, openSignUp, authCacheTtl, authCacheMaxEntries);
    }

    public HttpSettings withOpenSignUp(boolean open) {
        return new HttpSettings(host, port, maxBodyBytes, allowQueryApiKey, open, authCacheTtl, authCacheMaxEntries);
    }

    public HttpSettings withAuthCache(Duration ttl, long maxEntries) {
        return new HttpSettings(host, port, maxBodyBytes, allowQueryApiKey, openSignUp, ttl, maxEntries);
    }
}
