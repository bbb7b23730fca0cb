package io.vigint.persistence.client;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.EmailChangeStore;
import io.vigint.core.client.PendingEmailChange;
import io.vigint.core.key.KeyHash;
import io.vigint.core.port.TransactionRunner;
import java.util.Optional;

/**
 * {@link EmailChangeStore} over the {@code client_email_changes} table, joining the thread's transaction
 * inside a {@link TransactionRunner} transaction. The schema deletes a client's row with the client
 * ({@code ON DELETE CASCADE}).
 */
public record MyBatisEmailChangeStore(EmailChangeMapper mapper, TransactionRunner transactions)
        implements EmailChangeStore {
    @Override
    public void putEmailChange(PendingEmailChange change) {
        transactions.run(() -> call(() -> {
            mapper.deleteByClient(change.clientId().value());
            return mapper.insert(new EmailChangeRow(
                    change.clientId().value(),
                    change.email(),
                    change.tokenHash().hex(),
                    stored(change.requestedAt()),
                    stored(change.expiresAt())));
        }));
    }

    @Override
    public Optional<PendingEmailChange> findEmailChange(ClientId clientId) {
        return call(() -> Optional.ofNullable(mapper.findByClient(clientId.value())))
                .map(MyBatisEmailChangeStore::toChange);
    }

    @Override
    public Optional<PendingEmailChange> findEmailChangeByToken(KeyHash tokenHash) {
        return call(() -> Optional.ofNullable(mapper.findByTokenHash(tokenHash.hex())))
                .map(MyBatisEmailChangeStore::toChange);
    }

    @Override
    public boolean deleteEmailChange(ClientId clientId) {
        return call(() -> mapper.deleteByClient(clientId.value()) == 1);
    }

    private static PendingEmailChange toChange(EmailChangeRow row) {
        return new PendingEmailChange(
                new ClientId(row.clientId()),
                row.email(),
                new KeyHash(row.tokenHash()),
                row.requestedAt().toInstant(),
                row.expiresAt().toInstant());
    }
}
