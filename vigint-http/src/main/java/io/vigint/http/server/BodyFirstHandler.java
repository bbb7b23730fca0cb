package io.vigint.http.server;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.http.ConnectionSettings;
import io.vigint.http.error.HttpErrorCode;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import org.glassfish.grizzly.CompletionHandler;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.ReadHandler;
import org.glassfish.grizzly.http.io.NIOInputStream;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.util.HtmlHelper;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.threadpool.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// Over 300 lines: the per-request state machine (Exchange: read, time out, run, finish) lives with the timer, limits
// and application it shares; split apart, each half would reach into the other.
/**
 * Reads each request body whole, without holding a worker thread, before the application (Jersey) sees
 * the request; then runs the application on a worker, where reading the body no longer blocks.
 *
 * <p>Without this, Jersey reads the body on a worker thread with blocking reads, and a peer that sends
 * the headers and one byte of a body and then stalls holds that worker until the read times out; a few
 * such peers hold every worker and the server answers nobody. Here the body is collected as its bytes
 * arrive ({@link NIOInputStream#notifyAvailable}: a worker is borrowed for a moment per piece, never
 * while waiting), so a stalled body holds only its connection and the bytes it sent. A body over its
 * route's limit is refused with 413 {@code PAYLOAD_TOO_LARGE} as soon as it is over, and one silent for
 * {@link ConnectionSettings#idleTimeout()} or not complete after {@link ConnectionSettings#bodyTimeout()}
 * with 408 {@code REQUEST_TIMEOUT}: the refusal is noted on the request and thrown by
 * {@link BodySizeLimitFilter} before anything reads the body, so it is the usual error envelope, and the
 * connection is closed after it. A client that closes its connection before the body is complete, or
 * before it has the whole response, costs one WARN line.
 *
 * <p>The application must answer synchronously (no JAX-RS {@code AsyncResponse}): the response stays
 * suspended while the body is read and is resumed when the application has answered.
 */
final class BodyFirstHandler extends HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(BodyFirstHandler.class);

    private static final int READING = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;

    private final HttpHandler application;
    private final java.util.List<FrontHandler> front;
    private final ToLongFunction<String> maxBodyBytes;
    private final long idleNanos;
    private final long bodyNanos;
    private final ScheduledExecutorService timer;

    /**
     * @param application the handler that answers requests once their body is in
     * @param front handlers asked first, in order, whether they answer a request (once its body is in)
     * @param maxBodyBytes the largest body accepted for a request path
     * @param settings the idle and body timeouts
     * @param timer runs the timeout checks
     */
    BodyFirstHandler(
            HttpHandler application,
            java.util.List<FrontHandler> front,
            ToLongFunction<String> maxBodyBytes,
            ConnectionSettings settings,
            ScheduledExecutorService timer) {
        super("vigint");
        this.application = application;
        this.front = java.util.List.copyOf(front);
        this.maxBodyBytes = maxBodyBytes;
        this.idleNanos = settings.idleTimeout().toNanos();
        this.bodyNanos = settings.bodyTimeout().toNanos();
        this.timer = timer;
    }

    @Override
    public void start() {
        application.start();
    }

    @Override
    public void destroy() {
        application.destroy();
    }

    /**
     * Runs on a worker (Grizzly's default), but only registers for the body and returns; the body's bytes
     * are then collected as they arrive.
     */
    @Override
    public void service(Request request, Response response) {
        Executor workers = request.getContext().getConnection().getTransport().getWorkerThreadPool();
        Exchange exchange = new Exchange(request, response, workers, maxBodyBytes.applyAsLong(request.getRequestURI()));
        response.suspend(-1, TimeUnit.MILLISECONDS, exchange);
        exchange.start();
    }

    /** One request: its body being read, then the application answering it. */
    private final class Exchange implements ReadHandler, CompletionHandler<Response> {
        private final Request request;
        private final Response response;
        private final Connection<?> connection;
        private final String what;
        private final Executor workers;
        private final long maxBytes;
        private final long started = System.nanoTime();
        private final AtomicInteger state = new AtomicInteger(READING);
        private volatile boolean resumed;
        private volatile long lastData = started;
        private volatile ScheduledFuture<?> check;
        private NIOInputStream in;

        Exchange(Request request, Response response, Executor workers, long maxBytes) {
            this.request = request;
            this.response = response;
            this.connection = request.getContext().getConnection();
            this.what = request.getMethod() + " " + request.getRequestURI();
            this.workers = workers;
            this.maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 1L);
        }

        void start() {
            if (request.getContentLengthLong() > maxBytes) {
                refuse(tooLarge());
                return;
            }
            in = request.getNIOInputStream();
            if (!in.isFinished()) {
                // A body that did not arrive with its headers is collected asynchronously; Grizzly may then
                // miss the start of the next request on the same connection (seen as a stall until the idle
                // timeout under keep-alive load with bodies over 64 KiB), so the connection is closed after
                // the answer and the client opens a new one.
                response.setHeader("Connection", "close");
            }
            if (!in.isFinished() && Boolean.TRUE.equals(request.getAttribute(IgnoreUpgradeAddOn.DOWNGRADED))) {
                // After a body that arrives apart from the headers of a request whose upgrade was ignored
                // (Upgrade: h2c, sent by the JDK's HttpClient), Grizzly parses no further request on the
                // connection: close it after the answer, and the client opens a new one.
                response.setHeader("Connection", "close");
            }
            check = timer.schedule(this::checkTimeouts, idleNanos, TimeUnit.NANOSECONDS);
            in.notifyAvailable(this, nextSize());
        }

        /** Notified for every piece of the body: notes the activity and waits for more. */
        @Override
        public void onDataAvailable() {
            if (state.get() != READING) {
                return;
            }
            lastData = System.nanoTime();
            if (in.readyData() > maxBytes) {
                refuse(tooLarge());
                return;
            }
            in.notifyAvailable(this, nextSize());
        }

        /** The whole body is buffered: the application can read it without blocking. */
        @Override
        public void onAllDataRead() {
            if (in != null && in.readyData() > maxBytes) {
                refuse(tooLarge());
                return;
            }
            if (!state.compareAndSet(READING, RUNNING)) {
                return;
            }
            cancelCheck();
            try {
                collectBody();
            } catch (IOException e) {
                state.set(READING);
                onError(e);
                return;
            }
            onWorker(this::runApplication);
        }

        /**
         * Copies the whole body, all of it buffered now, out of Grizzly's input buffer on this thread, and
         * leaves it on the request for {@link CollectedBodyFilter}. The application then runs on another
         * thread and never reads Grizzly's buffer, which is not thread-safe and which Grizzly goes on using
         * (and recycles for the connection's next request) once this callback returns.
         */
        private void collectBody() throws IOException {
            // One copy, straight into an array of the body's size (the application takes that array as it is:
            // CollectedBodyFilter, VideoResource).
            byte[] body = new byte[in.readyData()];
            int filled = 0;
            int n;
            while (filled < body.length && (n = in.read(body, filled, body.length - filled)) > 0) {
                filled += n;
            }
            if (in.readyData() > 0) {
                // (Not expected: readyData() was the whole body.) Whatever is left is collected too.
                java.io.ByteArrayOutputStream rest = new java.io.ByteArrayOutputStream(in.readyData());
                rest.write(body, 0, filled);
                byte[] chunk = new byte[64 * 1024];
                while (in.readyData() > 0 && (n = in.read(chunk, 0, chunk.length)) > 0) {
                    rest.write(chunk, 0, n);
                }
                body = rest.toByteArray();
            } else if (filled < body.length) {
                body = java.util.Arrays.copyOf(body, filled);
            }
            request.setAttribute(CollectedBodyFilter.BODY_ATTRIBUTE, body);
        }

        /**
         * Runs {@code task} here if this is a worker thread, else on a worker (never on a selector thread,
         * which must not block).
         */
        private void onWorker(Runnable task) {
            if (!Threads.isService()) {
                task.run();
                return;
            }
            try {
                workers.execute(task);
            } catch (RejectedExecutionException e) {
                // The server is stopping and its workers are gone.
                state.set(DONE);
                resume();
            }
        }

        /** The body could not be read: the client went away, or sent a broken chunked encoding. */
        @Override
        public void onError(Throwable t) {
            if (!state.compareAndSet(READING, RUNNING)) {
                return;
            }
            cancelCheck();
            if (connection.isOpen() && !resumed) {
                answer(new VigintException(
                        HttpErrorCode.MALFORMED_REQUEST,
                        "The request body could not be read (a broken chunked encoding?)",
                        Map.of()));
            } else {
                state.set(DONE);
                LOG.warn("The client closed the connection before its request body was complete: {}", what);
            }
        }

        private int nextSize() {
            return (int) Math.min(maxBytes + 1, in.readyData() + 1L);
        }

        private void checkTimeouts() {
            if (state.get() != READING) {
                return;
            }
            long now = System.nanoTime();
            long idleLeft = lastData + idleNanos - now;
            long bodyLeft = started + bodyNanos - now;
            if (idleLeft <= 0 || bodyLeft <= 0) {
                VigintException timeout = new VigintException(
                        HttpErrorCode.REQUEST_TIMEOUT,
                        idleLeft <= 0
                                ? "The request body stopped arriving for " + seconds(idleNanos) + " s"
                                : "The request body did not arrive within " + seconds(bodyNanos) + " s",
                        Map.of());
                try {
                    // The answer is written by a worker, not by the timer thread.
                    workers.execute(() -> refuse(timeout));
                } catch (RejectedExecutionException e) {
                    // The server is stopping; shutting it down closes the connection.
                }
                return;
            }
            try {
                check = timer.schedule(this::checkTimeouts, Math.min(idleLeft, bodyLeft), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                // The server is stopping; shutting it down closes the connection.
            }
        }

        private VigintException tooLarge() {
            return BodySizeLimitFilter.tooLarge(maxBytes);
        }

        /** Answers {@code refusal} instead of running the application, if the body is still being read. */
        private void refuse(VigintException refusal) {
            if (!state.compareAndSet(READING, RUNNING)) {
                return;
            }
            cancelCheck();
            answer(refusal);
        }

        /**
         * Runs the application with {@code refusal} noted on the request: {@link BodySizeLimitFilter} throws
         * it before anything reads the body, so the answer is the usual error envelope (request id, access
         * log, metrics). The connection is closed after it, since the rest of the body was not read.
         */
        private void answer(VigintException refusal) {
            request.setAttribute(BodySizeLimitFilter.REFUSAL_PROPERTY, refusal);
            if (refusal.code() != CoreErrorCode.PAYLOAD_TOO_LARGE) {
                // (The 413 mapper says so itself.)
                response.setHeader("Connection", "close");
            }
            onWorker(this::runApplication);
        }

        private void runApplication() {
            ClientAborts.clearSeen();
            boolean aborted = false;
            try {
                if (!servedInFront()) {
                    application.service(request, response);
                }
            } catch (Throwable t) {
                if (ClientAborts.isAbort(t, connection)) {
                    aborted = true;
                } else if (!resumed && !response.isCommitted()) {
                    try {
                        HtmlHelper.setErrorAndSendErrorPage(
                                request,
                                response,
                                response.getErrorPageGenerator(),
                                500,
                                HttpStatus.INTERNAL_SERVER_ERROR_500.getReasonPhrase(),
                                HttpStatus.INTERNAL_SERVER_ERROR_500.getReasonPhrase(),
                                t);
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("Could not answer 500 to {}: {}", what, e.toString());
                    }
                }
            } finally {
                if (ClientAborts.takeSeen() || aborted) {
                    LOG.warn("The client closed the connection before it had the whole response to {}", what);
                }
                state.set(DONE);
                resume();
            }
        }

        /** Whether a {@link FrontHandler} answered the request (never one whose body was refused). */
        private boolean servedInFront() throws IOException {
            if (front.isEmpty()
                    || request.getAttribute(BodySizeLimitFilter.REFUSAL_PROPERTY) != null
                    || !(request.getAttribute(CollectedBodyFilter.BODY_ATTRIBUTE) instanceof byte[] body)) {
                return false;
            }
            for (FrontHandler handler : front) {
                if (handler.serve(request, response, body)) {
                    return true;
                }
            }
            return false;
        }

        private void resume() {
            if (resumed) {
                return;
            }
            try {
                response.resume();
            } catch (IllegalStateException e) {
                // Already resumed by the application, or cancelled because the connection closed.
            }
        }

        private void cancelCheck() {
            ScheduledFuture<?> scheduled = check;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }

        @Override
        public void completed(Response result) {
            resumed = true;
        }

        @Override
        public void cancelled() {
            resumed = true;
            cancelCheck();
        }

        @Override
        public void failed(Throwable throwable) {
            resumed = true;
            cancelCheck();
        }

        @Override
        public void updated(Response result) {
            // nothing to do
        }
    }

    private static long seconds(long nanos) {
        return TimeUnit.NANOSECONDS.toSeconds(nanos);
    }
}
