package io.vigint.mail;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.ClaimedMail;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.MailQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the mail of a {@link MailQueue} in the background: one dispatcher thread claims due messages
 * (never more than there are free workers, never more than {@link MailQueueSettings#perClient()} of one
 * client at once, counting this server's busy senders as well as every server's leases) and hands them to
 * a fixed pool of {@link MailQueueSettings#workers()} daemon threads, each sending one message through
 * the {@link ClientMailer} once. A failure that may pass (network, HTTP 429 or 5xx) is retried after a
 * back-off doubling from {@link MailQueueSettings#initialBackoff()} until {@link
 * MailQueueSettings#attempts()} tries are used; any other failure, or the last try, fails the message for
 * good (kept in the queue, logged, counted). Polls every {@link #POLL_INTERVAL}, and at once when {@link
 * #wake()}d or a sender finishes.
 *
 * <p>{@link #close()} stops claiming and interrupts the senders after a short grace: a message still being
 * sent keeps its lease, and is due again when the lease ends, on this server after a restart or on another.
 */
public final class MailQueueDrainer implements AutoCloseable {
    /** The longest time between two looks at the queue. */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    /** The pause between two looks at the queue while reading it fails (the database is down). */
    public static final Duration FAILURE_PAUSE = Duration.ofSeconds(5);

    /** How long {@link #close()} waits for messages being sent. */
    public static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(MailQueueDrainer.class);

    private final MailQueue queue;
    private final ClientMailer mailer;
    private final MailQueueSettings settings;
    private final Clock clock;
    private final ExecutorService senders;
    private final Thread dispatcher;
    private final Semaphore signal = new Semaphore(0);
    private final AtomicInteger busy = new AtomicInteger();
    private final Map<ClientId, AtomicInteger> busyPerClient = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean running = true;

    private MailQueueDrainer(MailQueue queue, ClientMailer mailer, MailQueueSettings settings, Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        AtomicInteger threads = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(settings.workers(), runnable -> {
            Thread thread = new Thread(runnable, "vigint-mail-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.dispatcher = new Thread(this::dispatch, "vigint-mail-queue");
        this.dispatcher.setDaemon(true);
    }

    /**
     * Starts draining {@code queue} through {@code mailer}, which must send once (no retry of its own: the
     * queue retries).
     */
    public static MailQueueDrainer start(
            MailQueue queue, ClientMailer mailer, MailQueueSettings settings, Clock clock) {
        MailQueueDrainer drainer = new MailQueueDrainer(queue, mailer, settings, clock);
        drainer.dispatcher.start();
        return drainer;
    }

    /** Looks at the queue now instead of at the next poll (call after queuing). */
    public void wake() {
        signal.release();
    }

    /** Messages sent since the start. */
    public long sentCount() {
        return sent.get();
    }

    /** Failed tries that were put back to be tried again, since the start. */
    public long retriedCount() {
        return retried.get();
    }

    /** Messages that failed for good, since the start. */
    public long failedCount() {
        return failed.get();
    }

    private void dispatch() {
        boolean readFailing = false;
        while (running) {
            int free = settings.workers() - busy.get();
            boolean more = false;
            if (free > 0) {
                try {
                    Instant now = clock.instant();
                    List<ClaimedMail> claimed =
                            queue.claim(now, now.plus(settings.lease()), free, settings.perClient(), clientsAtCap());
                    for (ClaimedMail mail : claimed) {
                        busy.incrementAndGet();
                        busyPerClient
                                .computeIfAbsent(mail.clientId(), id -> new AtomicInteger())
                                .incrementAndGet();
                        senders.execute(() -> deliver(mail));
                    }
                    more = claimed.size() == free;
                    readFailing = false;
                } catch (RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    if (!readFailing) {
                        LOG.warn(
                                "Reading the mail queue failed; trying again every {}: {}",
                                FAILURE_PAUSE,
                                e.toString());
                    }
                    readFailing = true;
                }
            }
            if (!more) {
                try {
                    Duration pause = readFailing ? FAILURE_PAUSE : POLL_INTERVAL;
                    signal.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private Set<ClientId> clientsAtCap() {
        Set<ClientId> atCap = new HashSet<>();
        busyPerClient.forEach((client, count) -> {
            if (count.get() >= settings.perClient()) {
                atCap.add(client);
            }
        });
        return atCap;
    }

    private void deliver(ClaimedMail mail) {
        try {
            if (mail.attempt() > settings.attempts()) {
                failForGood(mail, "its last try ended without a report (the server stopped or the send hung)");
                return;
            }
            try {
                mailer.send(mail.clientId(), mail.message());
            } catch (VigintException e) {
                handleFailure(mail, e, MailFailures.retryable(e), e.getMessage() + " " + e.details());
                return;
            } catch (RuntimeException e) {
                handleFailure(mail, e, true, e.getClass().getSimpleName());
                return;
            }
            if (queue.sent(mail.id(), mail.attempt())) {
                sent.incrementAndGet();
            } else {
                LOG.warn(
                        "Queued mail {} for client {} was sent after its lease ended; it may be sent twice",
                        mail.id(),
                        mail.clientId().value());
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "Reporting queued mail {} failed; it is tried again when its lease ends: {}",
                    mail.id(),
                    e.toString());
        } finally {
            busyPerClient.get(mail.clientId()).decrementAndGet();
            busy.decrementAndGet();
            signal.release();
        }
    }

    private void handleFailure(ClaimedMail mail, RuntimeException failure, boolean retryable, String reason) {
        if (retryable && mail.attempt() < settings.attempts()) {
            Duration wait = settings.backoffAfter(mail.attempt());
            if (queue.retryLater(mail.id(), mail.attempt(), clock.instant().plus(wait), reason)) {
                retried.incrementAndGet();
            }
            LOG.warn(
                    "Queued mail {} for client {} failed (try {} of {}, {}); trying again in {}",
                    mail.id(),
                    mail.clientId().value(),
                    mail.attempt(),
                    settings.attempts(),
                    reason,
                    wait);
            return;
        }
        failForGood(mail, reason);
        LOG.debug("Failure of queued mail {}", mail.id(), failure);
    }

    private void failForGood(ClaimedMail mail, String reason) {
        if (queue.failed(mail.id(), mail.attempt(), reason)) {
            failed.incrementAndGet();
        }
        LOG.warn(
                "Queued mail {} for client {} failed for good after {} tr{} and is kept as failed: {}",
                mail.id(),
                mail.clientId().value(),
                mail.attempt(),
                mail.attempt() == 1 ? "y" : "ies",
                reason);
    }

    /**
     * Stops claiming, gives the senders {@link #CLOSE_GRACE} to finish (so that what they sent is reported
     * while the database is still open), then interrupts them.
     */
    @Override
    public void close() {
        running = false;
        dispatcher.interrupt();
        senders.shutdown();
        try {
            senders.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            senders.shutdownNow();
        }
    }
}
