package io.vigint.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the HTTP server waits for slow or silent peers, and how many worker threads run requests.
 * Request bodies are read without a worker (see {@link io.vigint.http.server.VigintServer}), so these
 * bound only how long a connection and its buffered bytes are kept.
 *
 * @param idleTimeout how long a connection may send nothing: before its first request, between
 *     requests, in the middle of a request line or headers (then it is closed), or in the middle of a body
 *     (then it is answered 408 {@code REQUEST_TIMEOUT} and closed)
 * @param bodyTimeout how long a request body may take to arrive in total, however steadily it trickles in
 *     (then 408 {@code REQUEST_TIMEOUT})
 * @param workerThreads the threads that run requests once their body is in (filters, resources, database
 *     calls)
 */
public record ConnectionSettings(Duration idleTimeout, Duration bodyTimeout, int workerThreads) {
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(120);

    public ConnectionSettings {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        if (idleTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("idleTimeout must be at least 1s: " + idleTimeout);
        }
        if (bodyTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("bodyTimeout must be at least 1s: " + bodyTimeout);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be positive: " + workerThreads);
        }
    }

    /** 30 s idle, 120 s per body, {@link #defaultWorkerThreads()} workers. */
    public static ConnectionSettings defaults() {
        return new ConnectionSettings(DEFAULT_IDLE_TIMEOUT, DEFAULT_BODY_TIMEOUT, defaultWorkerThreads());
    }

    /**
     * Four worker threads per core, at least 8: requests spend much of their time waiting on the database
     * (a group commit, a PostgreSQL round trip), so a pool of one thread per core would leave the cores idle.
     */
    public static int defaultWorkerThreads() {
        return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }

    public ConnectionSettings withIdleTimeout(Duration newIdleTimeout) {
        return new ConnectionSettings(newIdleTimeout, bodyTimeout, workerThreads);
    }

    public ConnectionSettings withBodyTimeout(Duration newBodyTimeout) {
        return new ConnectionSettings(idleTimeout, newBodyTimeout, workerThreads);
    }

    public ConnectionSettings withWorkerThreads(int newWorkerThreads) {
        return new ConnectionSettings(idleTimeout, bodyTimeout, newWorkerThreads);
    }
}
