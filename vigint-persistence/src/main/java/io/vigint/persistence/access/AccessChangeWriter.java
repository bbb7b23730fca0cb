package io.vigint.persistence.access;

import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.client.ClientId;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.TransactionRunner;
import io.vigint.persistence.SqlFailures;
import java.time.Clock;
import java.util.Objects;

/**
 * The notifier half of the access-change feed: appends a row to {@code access_changes} inside the caller's
 * transaction, stamped by the clock, and on PostgreSQL also sends {@code NOTIFY} on {@value #CHANNEL},
 * which PostgreSQL delivers only if that transaction commits.
 */
public final class AccessChangeWriter implements AccessChangeNotifier {
    /** The PostgreSQL notification channel. */
    public static final String CHANNEL = "vigint_access";

    private final AccessChangeMapper changes;
    private final TransactionRunner transactions;
    private final boolean postgres;
    private final Clock clock;

    public AccessChangeWriter(
            AccessChangeMapper changes, TransactionRunner transactions, boolean postgres, Clock clock) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.postgres = postgres;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the change in the caller's transaction (or in one of its own outside a transaction); it
     * reaches every feed once that transaction commits.
     */
    @Override
    public void accessChanged(ClientId clientId) {
        Objects.requireNonNull(clientId, "clientId");
        long client = clientId.value();
        transactions.run(() -> {
            try {
                changes.insert(client, stored(clock.instant()));
                if (postgres) {
                    changes.sendNotification(CHANNEL, Long.toString(client));
                }
            } catch (RuntimeException e) {
                throw SqlFailures.translate(e);
            }
        });
    }
}
