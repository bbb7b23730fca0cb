package io.vigint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.ClientId;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.TransactionRunner;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccessChangeNotifier} / {@link AccessChangeFeed} pair promises: a change announced
 * in a committed transaction reaches subscribers within a second; a closed subscription hears nothing.
 * (Whether a rolled-back change is delivered is not specified: a spurious invalidation is harmless.)
 */
public interface AccessChangeContract {
    AccessChangeNotifier notifier();

    AccessChangeFeed feed();

    TransactionRunner transactions();

    /** A client that exists in the store (notifications may be tied to clients). */
    ClientId existingClient();

    private static ClientId nextReal(BlockingQueue<ClientId> heard) throws InterruptedException {
        return heard.poll(1, TimeUnit.SECONDS);
    }

    @Test
    default void aCommittedChangeReachesSubscribersWithinASecond() throws Exception {
        BlockingQueue<ClientId> heard = new LinkedBlockingQueue<>();
        ClientId client = existingClient();
        try (AutoCloseable subscription = feed().subscribe(id -> {
            if (id != null) {
                heard.add(id);
            }
        })) {
            transactions().run(() -> notifier().accessChanged(client));

            assertThat(nextReal(heard)).isEqualTo(client);
        }
    }

    @Test
    default void aClosedSubscriptionHearsNothing() throws Exception {
        BlockingQueue<ClientId> heard = new LinkedBlockingQueue<>();
        ClientId client = existingClient();
        AutoCloseable subscription = feed().subscribe(id -> {
            if (id != null) {
                heard.add(id);
            }
        });
        subscription.close();

        transactions().run(() -> notifier().accessChanged(client));

        assertThat(heard.poll(1500, TimeUnit.MILLISECONDS)).isNull();
    }
}
