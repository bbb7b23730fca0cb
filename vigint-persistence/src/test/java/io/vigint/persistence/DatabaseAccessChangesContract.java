package io.vigint.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.NewClient;
import io.vigint.core.contract.AccessChangeContract;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.TransactionRunner;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The core's access change contract over {@link DatabaseAccessChanges}, plus what a database adds:
 * changes cross {@link Database} handles (as they cross processes), rolled-back changes are not
 * delivered, changes committed out of id order are not lost, and closing stops the feed thread.
 */
interface DatabaseAccessChangesContract extends AccessChangeContract {
    AtomicInteger CLIENTS = new AtomicInteger();
    /** A transaction is rolled back by throwing this. */
    class Rollback extends RuntimeException {
        Rollback() {
            super("roll back");
        }
    }

    /** The handle the core's contract runs against. */
    Database database();

    /** A second handle, opened separately on the same database. */
    Database secondHandle();

    /** Opens one more handle on the same database; the caller closes it. */
    Database openHandle();

    @Override
    default AccessChangeNotifier notifier() {
        return database().accessChanges();
    }

    @Override
    default AccessChangeFeed feed() {
        return database().accessChanges();
    }

    @Override
    default TransactionRunner transactions() {
        return database().stores().transactions();
    }

    @Override
    default ClientId existingClient() {
        int n = CLIENTS.incrementAndGet();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return database()
                .stores()
                .clients()
                .insert(new NewClient("Changes " + n, "changes" + n + "@example.com", null, now))
                .id();
    }

    private static AutoCloseable collectClients(AccessChangeFeed feed, BlockingQueue<ClientId> heard) {
        return feed.subscribe(id -> {
            if (id != null) {
                heard.add(id);
            }
        });
    }

    private void commitChange(Database through, ClientId client) {
        through.stores().transactions().run(() -> through.accessChanges().accessChanged(client));
    }

    @Test
    default void aChangeNotifiedThroughOneHandleReachesASubscriberOnAnotherHandleWithinASecond() throws Exception {
        ClientId client = existingClient();
        BlockingQueue<ClientId> heard = new LinkedBlockingQueue<>();
        try (AutoCloseable subscription = collectClients(secondHandle().accessChanges(), heard)) {
            long started = System.nanoTime();
            commitChange(database(), client);

            assertThat(heard.poll(1, TimeUnit.SECONDS)).isEqualTo(client);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    default void aRolledBackChangeIsNotDelivered() throws Exception {
        ClientId rolledBack = existingClient();
        ClientId committed = existingClient();
        BlockingQueue<ClientId> heard = new LinkedBlockingQueue<>();
        try (AutoCloseable subscription = collectClients(secondHandle().accessChanges(), heard)) {
            assertThatThrownBy(() -> database().stores().transactions().run(() -> {
                        database().accessChanges().accessChanged(rolledBack);
                        throw new Rollback();
                    }))
                    .isInstanceOf(Rollback.class);
            commitChange(database(), committed);

            assertThat(heard.poll(1, TimeUnit.SECONDS)).isEqualTo(committed);
            assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    default void aChangeCommittedAfterALaterOneIsStillDelivered() throws Exception {
        ClientId slow = existingClient();
        ClientId fast = existingClient();
        BlockingQueue<ClientId> heard = new LinkedBlockingQueue<>();
        CountDownLatch slowWritten = new CountDownLatch(1);
        CountDownLatch fastHeard = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (AutoCloseable subscription = collectClients(secondHandle().accessChanges(), heard)) {
            Future<?> slowTransaction =
                    writer.submit(() -> database().stores().transactions().run(() -> {
                        database().accessChanges().accessChanged(slow);
                        slowWritten.countDown();
                        await(fastHeard);
                    }));
            await(slowWritten);
            commitChange(database(), fast);
            assertThat(heard.poll(1, TimeUnit.SECONDS)).isEqualTo(fast);

            fastHeard.countDown();
            slowTransaction.get(10, TimeUnit.SECONDS);

            assertThat(heard.poll(1, TimeUnit.SECONDS)).isEqualTo(slow);
        } finally {
            fastHeard.countDown();
            writer.shutdownNow();
        }
    }

    @Test
    default void aSubscriptionHearsOnlyChangesCommittedAfterIt() throws Exception {
        ClientId before = existingClient();
        ClientId after = existingClient();
        BlockingQueue<ClientId> heard = new LinkedBlockingQueue<>();
        try (Database fresh = openHandle()) {
            commitChange(database(), before);
            try (AutoCloseable subscription = collectClients(fresh.accessChanges(), heard)) {
                commitChange(database(), after);

                assertThat(heard.poll(1, TimeUnit.SECONDS)).isEqualTo(after);
                assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
            }
        }
    }

    @Test
    default void aSubscriberJoiningARunningFeedHearsNoChangeCommittedBeforeIt() throws Exception {
        ClientId before = existingClient();
        ClientId after = existingClient();
        BlockingQueue<ClientId> earlierHeard = new LinkedBlockingQueue<>();
        BlockingQueue<ClientId> laterHeard = new LinkedBlockingQueue<>();
        AccessChangeFeed running = secondHandle().accessChanges();
        try (AutoCloseable earlier = collectClients(running, earlierHeard)) {
            commitChange(database(), before);
            try (AutoCloseable later = collectClients(running, laterHeard)) {
                commitChange(database(), after);

                assertThat(laterHeard.poll(1, TimeUnit.SECONDS)).isEqualTo(after);
            }
            assertThat(earlierHeard.poll(1, TimeUnit.SECONDS)).isEqualTo(before);
            assertThat(earlierHeard.poll(1, TimeUnit.SECONDS)).isEqualTo(after);
        }
    }

    @Test
    default void aFailingListenerDoesNotStopDeliveryToTheOthers() throws Exception {
        ClientId first = existingClient();
        ClientId second = existingClient();
        BlockingQueue<ClientId> heard = new LinkedBlockingQueue<>();
        try (AutoCloseable failing = feed().subscribe(id -> {
                    throw new IllegalStateException("listener bug");
                });
                AutoCloseable subscription = collectClients(feed(), heard)) {
            commitChange(database(), first);
            assertThat(heard.poll(1, TimeUnit.SECONDS)).isEqualTo(first);

            commitChange(database(), second);
            assertThat(heard.poll(1, TimeUnit.SECONDS)).isEqualTo(second);
        }
    }

    @Test
    default void closingStopsTheFeedThreadPromptlyAndClosingTheDatabaseClosesTheFeed() throws Exception {
        Database fresh = openHandle();
        try {
            DatabaseAccessChanges changes = fresh.accessChanges();
            changes.subscribe(id -> {});
            int running = feedThreads().size();
            assertThat(running).isPositive();

            long started = System.nanoTime();
            changes.close();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            assertThat(feedThreads()).hasSize(running - 1);
            assertThatThrownBy(() -> changes.subscribe(id -> {})).isInstanceOf(IllegalStateException.class);
            fresh.close();
            assertThatThrownBy(fresh::accessChanges).isInstanceOf(IllegalStateException.class);
        } finally {
            fresh.close();
        }
    }

    private static List<Thread> feedThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals(DatabaseAccessChanges.THREAD_NAME))
                .toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
