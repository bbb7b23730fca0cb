package io.vigint.http.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vigint.core.mail.MailQueue;
import io.vigint.core.mail.MailQueueDepth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Exports the mail queue as Micrometer meters; in the Prometheus exposition {@code
 * vigint_mail_queue_waiting}, {@code vigint_mail_queue_in_flight} and {@code vigint_mail_queue_failed}
 * (gauges: messages waiting to be sent, being sent under a lease, failed for good and kept), and {@code
 * vigint_mail_queue_sent_total} and {@code vigint_mail_queue_retried_total} (this server's counters). The
 * depth is read from the queue at most once a second, whatever the number of scrapes; a queue that cannot
 * be read shows as NaN. The meters hold their sources strongly (Micrometer's default is a weak reference,
 * and nothing else holds this object; the counters read through the same object).
 */
public final class MailQueueMetrics {
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final MailQueue queue;
    private final Clock clock;
    private final LongSupplier sent;
    private final LongSupplier retried;
    private MailQueueDepth depth;
    private Instant readAt;

    private MailQueueMetrics(MailQueue queue, Clock clock, LongSupplier sent, LongSupplier retried) {
        this.queue = queue;
        this.clock = clock;
        this.sent = sent;
        this.retried = retried;
    }

    /** Registers the meters of {@code queue} and the counters {@code sent} and {@code retried} in {@code registry}. */
    public static void bind(
            MeterRegistry registry, MailQueue queue, Clock clock, LongSupplier sent, LongSupplier retried) {
        MailQueueMetrics metrics = new MailQueueMetrics(
                Objects.requireNonNull(queue),
                Objects.requireNonNull(clock),
                Objects.requireNonNull(sent),
                Objects.requireNonNull(retried));
        gauge(
                registry,
                metrics,
                "vigint.mail.queue.waiting",
                "Queued emails waiting to be sent",
                MailQueueDepth::waiting);
        gauge(registry, metrics, "vigint.mail.queue.in.flight", "Queued emails being sent", MailQueueDepth::inFlight);
        gauge(
                registry,
                metrics,
                "vigint.mail.queue.failed",
                "Queued emails that failed for good (kept in the queue)",
                MailQueueDepth::failed);
        FunctionCounter.builder("vigint.mail.queue.sent", metrics, m -> m.sent.getAsLong())
                .description("Queued emails sent by this server")
                .register(registry);
        FunctionCounter.builder("vigint.mail.queue.retried", metrics, m -> m.retried.getAsLong())
                .description("Failed tries of queued emails put back to be tried again by this server")
                .register(registry);
    }

    private static void gauge(
            MeterRegistry registry,
            MailQueueMetrics metrics,
            String name,
            String description,
            ToLongFunction<MailQueueDepth> value) {
        Gauge.builder(name, metrics, m -> {
                    MailQueueDepth depth = m.depth();
                    return depth == null ? Double.NaN : value.applyAsLong(depth);
                })
                .description(description)
                .strongReference(true)
                .register(registry);
    }

    private synchronized MailQueueDepth depth() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(FRESH))) {
            readAt = now;
            try {
                depth = queue.depth(now);
            } catch (RuntimeException e) {
                depth = null;
            }
        }
        return depth;
    }
}
