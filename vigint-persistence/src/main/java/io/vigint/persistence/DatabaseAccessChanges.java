package io.vigint.persistence;

import io.vigint.core.client.ClientId;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.persistence.access.AccessChangeFeedLoop;
import io.vigint.persistence.access.AccessChangeMapper;
import io.vigint.persistence.access.AccessChangeWriter;
import java.time.Clock;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Access changes between every process that shares the database: the {@link AccessChangeWriter} appends
 * a row in the caller's transaction (and NOTIFYs on PostgreSQL), the {@link AccessChangeFeedLoop}
 * delivers the rows. The rows are what the feed delivers: a notification only wakes the feed to read
 * them at once, so a notification from another schema or a rolled-back change is never delivered.
 *
 * <p>Obtain it from {@link Database#accessChanges()}; it is closed with the database.
 */
public final class DatabaseAccessChanges implements AccessChangeNotifier, AccessChangeFeed, AutoCloseable {
    /** The PostgreSQL notification channel. */
    public static final String CHANNEL = AccessChangeWriter.CHANNEL;
    /** The name of the feed's thread. */
    public static final String THREAD_NAME = AccessChangeFeedLoop.THREAD_NAME;

    private final AccessChangeWriter writer;
    private final AccessChangeFeedLoop feed;

    DatabaseAccessChanges(MyBatisTransactions transactions, DatabaseSettings settings, Clock clock) {
        AccessChangeMapper changes = transactions.mapper(AccessChangeMapper.class);
        this.writer = new AccessChangeWriter(changes, transactions, !settings.isH2(), clock);
        this.feed = new AccessChangeFeedLoop(changes, settings, clock);
    }

    @Override
    public void accessChanged(ClientId clientId) {
        writer.accessChanged(clientId);
    }

    @Override
    public AutoCloseable subscribe(Consumer<ClientId> listener) {
        return feed.subscribe(listener);
    }

    /** Stops the feed thread (waiting briefly for it) and closes its connection. Idempotent. */
    @Override
    public void close() {
        feed.close();
    }

    /** The PostgreSQL backend pid of the LISTEN connection, if one is open (for tests). */
    OptionalInt listenProcessId() {
        return feed.listenProcessId();
    }
}
