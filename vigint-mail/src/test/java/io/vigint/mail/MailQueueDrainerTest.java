package io.vigint.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailQueueDepth;
import io.vigint.memory.InMemoryMailQueue;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MailQueueDrainerTest {
    private static final ClientId ACME = new ClientId(1);
    private static final ClientId BETA = new ClientId(2);

    private final Clock clock = Clock.systemUTC();
    private final InMemoryMailQueue queue = new InMemoryMailQueue();
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
    private MailQueueDrainer drainer;

    @AfterEach
    void stop() {
        if (drainer != null) {
            drainer.close();
        }
    }

    private void enqueue(ClientId client, String subject) {
        queue.enqueue(client, new MailMessage("ops@example.com", subject, "text", null, List.of()), clock.instant());
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static VigintException networkFailure() {
        return MailFailures.failed("smtp", new SocketTimeoutException("Read timed out"));
    }

    @Test
    void queuedMailIsSentInTheBackgroundAndLeavesTheQueue() throws Exception {
        drainer = MailQueueDrainer.start(
                queue, (client, message) -> sent.add(message.subject()), MailQueueSettings.defaults(), clock);

        enqueue(ACME, "one");
        enqueue(BETA, "two");
        drainer.wake();

        await("both sent", () -> sent.size() == 2);
        assertThat(sent).containsExactlyInAnyOrder("one", "two");
        await("the queue is empty", () -> queue.depth(clock.instant()).equals(new MailQueueDepth(0, 0, 0)));
        assertThat(drainer.sentCount()).isEqualTo(2);
    }

    @Test
    void aFailureThatMayPassIsRetriedWithBackOffUntilItIsSent() throws Exception {
        ClientMailer flaky = (client, message) -> {
            if (tries.computeIfAbsent(message.subject(), s -> new AtomicInteger())
                            .incrementAndGet()
                    < 3) {
                throw networkFailure();
            }
            sent.add(message.subject());
        };
        drainer = MailQueueDrainer.start(
                queue, flaky, new MailQueueSettings(2, 1, 5, Duration.ofMillis(50), Duration.ofMinutes(5)), clock);

        enqueue(ACME, "flaky");

        await("sent on the third try", () -> sent.contains("flaky"));
        assertThat(tries.get("flaky").get()).isEqualTo(3);
        assertThat(drainer.retriedCount()).isEqualTo(2);
    }

    @Test
    void aRefusalFailsAtOnceAndTheLastTryFailsForGood() throws Exception {
        ClientMailer refusing = (client, message) -> {
            tries.computeIfAbsent(message.subject(), s -> new AtomicInteger()).incrementAndGet();
            if (message.subject().equals("refused")) {
                throw MailFailures.rejected("sendgrid", 401);
            }
            throw networkFailure();
        };
        drainer = MailQueueDrainer.start(
                queue, refusing, new MailQueueSettings(2, 2, 3, Duration.ZERO, Duration.ofMinutes(5)), clock);

        enqueue(ACME, "refused");
        enqueue(ACME, "unreachable");

        await("both failed for good", () -> queue.depth(clock.instant()).failed() == 2);
        assertThat(tries.get("refused").get()).as("a refusal is not retried").isEqualTo(1);
        assertThat(tries.get("unreachable").get()).as("tries in all").isEqualTo(3);
        assertThat(drainer.failedCount()).isEqualTo(2);
        Thread.sleep(300);
        assertThat(tries.get("unreachable").get())
                .as("a failed message is not tried again")
                .isEqualTo(3);
    }

    @Test
    void aClientWhoseProviderHangsHoldsAtMostItsCapAndOtherClientsAreSent() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger acmeInProgress = new AtomicInteger();
        AtomicInteger acmeMost = new AtomicInteger();
        ClientMailer mailer = (client, message) -> {
            if (client.equals(ACME)) {
                acmeMost.accumulateAndGet(acmeInProgress.incrementAndGet(), Math::max);
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    acmeInProgress.decrementAndGet();
                }
            }
            sent.add(message.subject());
        };
        drainer = MailQueueDrainer.start(
                queue, mailer, new MailQueueSettings(4, 2, 3, Duration.ZERO, Duration.ofMinutes(5)), clock);
        for (int i = 0; i < 10; i++) {
            enqueue(ACME, "acme " + i);
        }
        for (int i = 0; i < 5; i++) {
            enqueue(BETA, "beta " + i);
        }

        await("Beta's mail is sent while Acme's provider hangs", () -> sent.size() == 5);
        assertThat(sent).allMatch(subject -> subject.startsWith("beta"));
        assertThat(acmeMost.get()).as("Acme never holds more than its cap").isEqualTo(2);

        release.countDown();
        await("Acme's mail follows", () -> sent.size() == 15);
        assertThat(acmeMost.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void theBackOffDoublesUpToAnHour() {
        MailQueueSettings settings = new MailQueueSettings(1, 1, 30, Duration.ofSeconds(30), Duration.ofMinutes(5));

        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.backoffAfter(29)).isEqualTo(MailQueueSettings.MAX_BACKOFF);
    }
}
