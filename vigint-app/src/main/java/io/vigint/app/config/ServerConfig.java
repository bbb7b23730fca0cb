package io.vigint.app.config;

import java.time.Duration;
import java.util.Locale;

/**
 * The settings of {@code vigint serve}, each from an environment variable or a config-file key (flags
 * such as {@code --port} win over both), with a default that works on a laptop.
 *
 * @param host interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
 * @param port TCP port (default 5002)
 * @param openSignUp whether {@code POST /api/v1/clients/} works without an operator key (default false)
 * @param allowQueryApiKey whether {@code ?api_key=} is accepted (default false: it leaks into logs)
 * @param rateLimitBackend {@code local}, {@code postgresql} or {@code redis} (default local)
 * @param rateLimitPerMinute default requests per minute per client (default 60)
 * @param redisUrl Redis for the redis backend (default redis://127.0.0.1:6379)
 * @param tokenLifetime how long access tokens live (default 60m)
 * @param maxBodyBytes largest request body accepted (default 1 MiB)
 * @param idleTimeout how long a connection may send nothing, before or between requests, in its headers or
 *     in its body (default 30s)
 * @param bodyTimeout how long a request body may take to arrive in total (default 120s)
 * @param workerThreads threads that run requests once their body is in (default 0: four per core, at
 *     least 8)
 */
public record ServerConfig(
        String host,
        int port,
        boolean openSignUp,
        boolean allowQueryApiKey,
        String rateLimitBackend,
        int rateLimitPerMinute,
        String redisUrl,
        Duration tokenLifetime,
        long maxBodyBytes,
        Duration idleTimeout,
        Duration bodyTimeout,
        int workerThreads) {

    /** Every server setting: its config-file key, environment variable and default. */
    public enum Key implements SettingKey {
        HOST("server.host", "VIGINT_HOST", "127.0.0.1"),
        PORT("server.port", "VIGINT_PORT", "5002"),
        OPEN_SIGN_UP("server.open_sign_up", "VIGINT_OPEN_SIGN_UP", "false"),
        ALLOW_QUERY_API_KEY("server.allow_query_api_key", "VIGINT_ALLOW_QUERY_API_KEY", "false"),
        MAX_BODY_BYTES("server.max_body_bytes", "VIGINT_MAX_BODY_BYTES", "1048576"),
        RATE_LIMIT_BACKEND("rate_limit.backend", "VIGINT_RATE_LIMIT_BACKEND", "local"),
        RATE_LIMIT_PER_MINUTE("rate_limit.per_minute", "VIGINT_RATE_LIMIT_PER_MINUTE", "60"),
        REDIS_URL("rate_limit.redis_url", "VIGINT_REDIS_URL", "redis://127.0.0.1:6379"),
        TOKEN_LIFETIME("auth.token_lifetime", "VIGINT_TOKEN_LIFETIME", "60m"),
        IDLE_TIMEOUT("server.idle_timeout", "VIGINT_IDLE_TIMEOUT", "30s"),
        BODY_TIMEOUT("server.body_timeout", "VIGINT_BODY_TIMEOUT", "120s"),
        WORKER_THREADS("server.worker_threads", "VIGINT_WORKER_THREADS", "0");

        private final Setting setting;

        Key(String property, String environmentVariable, String defaultValue) {
            setting = new Setting(property, environmentVariable, defaultValue);
        }

        @Override
        public Setting setting() {
            return setting;
        }
    }

    /** A setting's text and where it came from, for error messages. */
    public record Source(String text, String origin) {}

    static ServerConfig resolve(ConfigValues values) {
        ServerConfig.Source host = values.source(Key.HOST);
        if (!host.text().matches("[A-Za-z0-9.:\\-\\[\\]]{1,253}")) {
            throw ConfigValues.invalid(host, "a host name or IP address");
        }
        String backend = values.text(Key.RATE_LIMIT_BACKEND).toLowerCase(Locale.ROOT);
        if (!backend.equals("local") && !backend.equals("postgresql") && !backend.equals("redis")) {
            throw values.invalid(Key.RATE_LIMIT_BACKEND, "local, postgresql or redis");
        }
        Duration tokenLifetime = values.duration(Key.TOKEN_LIFETIME, Duration.ofSeconds(1), Duration.ofDays(1));
        return new ServerConfig(
                host.text(),
                (int) values.number(Key.PORT, 0, 65_535),
                values.bool(Key.OPEN_SIGN_UP),
                values.bool(Key.ALLOW_QUERY_API_KEY),
                backend,
                (int) values.number(Key.RATE_LIMIT_PER_MINUTE, 1, 1_000_000),
                values.text(Key.REDIS_URL),
                tokenLifetime,
                values.number(Key.MAX_BODY_BYTES, 1024, 1L << 30),
                values.duration(Key.IDLE_TIMEOUT, Duration.ofSeconds(1), Duration.ofHours(1)),
                values.duration(Key.BODY_TIMEOUT, Duration.ofSeconds(1), Duration.ofHours(1)),
                (int) values.number(Key.WORKER_THREADS, 0, 1_000));
    }

    /** This configuration listening on {@code newHost} and {@code newPort}. */
    public ServerConfig withListen(String newHost, Integer newPort) {
        return new ServerConfig(
                newHost == null ? host : newHost,
                newPort == null ? port : newPort,
                openSignUp,
                allowQueryApiKey,
                rateLimitBackend,
                rateLimitPerMinute,
                redisUrl,
                tokenLifetime,
                maxBodyBytes,
                idleTimeout,
                bodyTimeout,
                workerThreads);
    }
}
