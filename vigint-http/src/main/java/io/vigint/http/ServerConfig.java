package io.vigint.http;

import io.vigint.core.client.ClientSettings;
import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.ConfigValue;
import io.vigint.core.config.SettingKey;
import io.vigint.http.ratelimit.IngestLimitSettings;
import io.vigint.http.ratelimit.RateLimitSettings;
import java.time.Duration;
import java.util.List;
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
 * @param rateLimitPerMinute default API calls per minute per client, frame ingest not counted (default 60)
 * @param ingestLimits default frame-ingest limits: frames per second per source (default 30), bytes per second
 *     per client (default 8 MiB), burst in seconds (default 20)
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
        IngestLimitSettings ingestLimits,
        String redisUrl,
        Duration tokenLifetime,
        long maxBodyBytes,
        Duration idleTimeout,
        Duration bodyTimeout,
        int workerThreads) {

    private static final SettingFamily SERVER = new SettingFamily("server.", "VIGINT_");
    private static final SettingFamily RATE_LIMIT = new SettingFamily("rate_limit.", "VIGINT_RATE_LIMIT_");
    private static final SettingFamily AUTH = new SettingFamily("auth.", "VIGINT_");

    public static final SettingKey HOST =
            SERVER.key("host", HttpSettings.DEFAULT_HOST, "Interface to listen on (0.0.0.0 for every interface)");
    public static final SettingKey PORT =
            SERVER.key("port", HttpSettings.DEFAULT_PORT, "TCP port (0 picks a free one)");
    public static final SettingKey OPEN_SIGN_UP =
            SERVER.key("open_sign_up", "false", "Whether POST /api/v1/clients/ works without an operator key");
    public static final SettingKey ALLOW_QUERY_API_KEY =
            SERVER.key("allow_query_api_key", "false", "Whether ?api_key= is accepted (it leaks into logs)");
    public static final SettingKey MAX_BODY_BYTES = SERVER.key(
            "max_body_bytes", HttpSettings.DEFAULT_MAX_BODY_BYTES, "Largest request body accepted, in bytes");
    public static final SettingKey RATE_LIMIT_BACKEND =
            RATE_LIMIT.key("backend", "local", "Rate-limit counters: local, postgresql or redis");
    public static final SettingKey RATE_LIMIT_PER_MINUTE = RATE_LIMIT.key(
            "per_minute", "60", "Default API calls per minute per client (frame ingest has its own limits)");
    public static final SettingKey INGEST_FRAMES_PER_SECOND = RATE_LIMIT.key(
            "ingest_frames_per_second",
            Integer.toString(IngestLimitSettings.DEFAULT_FRAMES_PER_SECOND),
            "Default frames per second each source of a client may send to the frame-ingest routes");
    public static final SettingKey INGEST_BYTES_PER_SECOND = RATE_LIMIT.key(
            "ingest_bytes_per_second",
            Long.toString(IngestLimitSettings.DEFAULT_BYTES_PER_SECOND),
            "Default bytes of frames per second a client may send, all sources together");
    public static final SettingKey INGEST_BURST_SECONDS = RATE_LIMIT.key(
            "ingest_burst_seconds",
            Integer.toString(IngestLimitSettings.DEFAULT_BURST_SECONDS),
            "Seconds' worth of the ingest rates that may arrive at once (1-60)");
    public static final SettingKey REDIS_URL = new SettingKey(
            "rate_limit.redis_url",
            "VIGINT_REDIS_URL",
            RateLimitSettings.DEFAULT_REDIS_URL,
            "Redis for the redis rate-limit backend");
    public static final SettingKey TOKEN_LIFETIME = AUTH.key("token_lifetime", "60m", "How long access tokens live");
    public static final SettingKey IDLE_TIMEOUT = SERVER.key(
            "idle_timeout",
            ConnectionSettings.DEFAULT_IDLE_TIMEOUT,
            "How long a connection may send nothing, before or between requests");
    public static final SettingKey BODY_TIMEOUT = SERVER.key(
            "body_timeout",
            ConnectionSettings.DEFAULT_BODY_TIMEOUT,
            "How long a request body may take to arrive in total");
    public static final SettingKey WORKER_THREADS = SERVER.key(
            "worker_threads", "0", "Threads that run requests once their body is in (0: four per core, at least 8)");

    /** Every setting of this record, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS = List.of(
            HOST,
            PORT,
            OPEN_SIGN_UP,
            ALLOW_QUERY_API_KEY,
            MAX_BODY_BYTES,
            RATE_LIMIT_BACKEND,
            RATE_LIMIT_PER_MINUTE,
            INGEST_FRAMES_PER_SECOND,
            INGEST_BYTES_PER_SECOND,
            INGEST_BURST_SECONDS,
            REDIS_URL,
            TOKEN_LIFETIME,
            IDLE_TIMEOUT,
            BODY_TIMEOUT,
            WORKER_THREADS);

    public static ServerConfig resolve(ConfigReader values) {
        ConfigValue host = values.value(HOST);
        if (!host.text().matches("[A-Za-z0-9.:\\-\\[\\]]{1,253}")) {
            throw ConfigReader.invalid(host, "a host name or IP address");
        }
        String backend = values.text(RATE_LIMIT_BACKEND).toLowerCase(Locale.ROOT);
        if (!backend.equals("local") && !backend.equals("postgresql") && !backend.equals("redis")) {
            throw values.invalid(RATE_LIMIT_BACKEND, "local, postgresql or redis");
        }
        Duration tokenLifetime = values.duration(TOKEN_LIFETIME, Duration.ofSeconds(1), Duration.ofDays(1));
        return new ServerConfig(
                host.text(),
                (int) values.number(PORT, 0, 65_535),
                values.bool(OPEN_SIGN_UP),
                values.bool(ALLOW_QUERY_API_KEY),
                backend,
                (int) values.number(RATE_LIMIT_PER_MINUTE, 1, 1_000_000),
                new IngestLimitSettings(
                        (int) values.number(INGEST_FRAMES_PER_SECOND, 1, ClientSettings.MAX_INGEST_FRAMES_PER_SECOND),
                        values.number(INGEST_BYTES_PER_SECOND, 1, ClientSettings.MAX_INGEST_BYTES_PER_SECOND),
                        (int) values.number(INGEST_BURST_SECONDS, 1, IngestLimitSettings.MAX_BURST_SECONDS)),
                values.text(REDIS_URL),
                tokenLifetime,
                values.number(MAX_BODY_BYTES, 1024, 1L << 30),
                values.duration(IDLE_TIMEOUT, Duration.ofSeconds(1), Duration.ofHours(1)),
                values.duration(BODY_TIMEOUT, Duration.ofSeconds(1), Duration.ofHours(1)),
                (int) values.number(WORKER_THREADS, 0, 1_000));
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
                ingestLimits,
                redisUrl,
                tokenLifetime,
                maxBodyBytes,
                idleTimeout,
                bodyTimeout,
                workerThreads);
    }

    /** The HTTP adapter's listening and request settings. */
    public HttpSettings httpSettings() {
        return HttpSettings.defaults()
                .withHost(host)
                .withPort(port)
                .withMaxBodyBytes(maxBodyBytes)
                .withAllowQueryApiKey(allowQueryApiKey)
                .withOpenSignUp(openSignUp);
    }

    /** The slow-peer limits and the worker pool (0 threads: {@link ConnectionSettings#defaultWorkerThreads()}). */
    public ConnectionSettings connectionSettings() {
        return ConnectionSettings.defaults()
                .withIdleTimeout(idleTimeout)
                .withBodyTimeout(bodyTimeout)
                .withWorkerThreads(workerThreads > 0 ? workerThreads : ConnectionSettings.defaultWorkerThreads());
    }

    /** The rate limiter's backend and default limits. */
    public RateLimitSettings rateLimitSettings() {
        return RateLimitSettings.defaults()
                .withBackend(RateLimitSettings.Backend.parse(rateLimitBackend))
                .withDefaultPerMinute(rateLimitPerMinute)
                .withIngest(ingestLimits)
                .withRedisUrl(redisUrl);
    }
}
