package io.vigint.persistence;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.EmailChangeStore;
import io.vigint.core.client.PendingEmailChange;
import io.vigint.core.key.KeyHash;
import io.vigint.persistence.client.EmailChangeMapper;
import io.vigint.persistence.client.EmailChangeRow;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link EmailChangeStore} over the {@code client_email_changes} table, joining the thread's transaction
 * inside {@link MyBatisStorage#inTransaction}. The schema deletes a client's row with the client
 * ({@code ON DELETE CASCADE}).
 */
public final class MyBatisEmailChangeStore implements EmailChangeStore {
    private final MyBatisStorage storage;
    private final EmailChangeMapper mapper;

    public MyBatisEmailChangeStore(MyBatisStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.mapper = storage.mapper(EmailChangeMapper.class);
    }

    @Override
    public void putEmailChange(PendingEmailChange change) {
        storage.run(() -> call(() -> {
            mapper.deleteByClient(change.clientId().value());
            return mapper.insert(new EmailChangeRow(
                    change.clientId().value(),
                    change.email(),
                    change.tokenHash().hex(),
                    MyBatisStorage.toStored(change.requestedAt()),
                    MyBatisStorage.toStored(change.expiresAt())));
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

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e);
        }
    }
}
