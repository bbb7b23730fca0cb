package io.vigint.persistence.idempotency;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.instant;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.client.ClientId;
import io.vigint.core.idempotency.IdempotencyRecord;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.idempotency.StoredResponse;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IdempotencyStore} over the {@code idempotency_records} table. A {@link #claim} is visible to
 * other callers once its transaction commits, so claim outside a longer transaction. As a
 * {@link ClientDataOwner} it deletes the client's records.
 */
public record MyBatisIdempotencyStore(IdempotencyMapper idempotency, TransactionRunner transactions)
        implements IdempotencyStore, ClientDataOwner {
    /** How often a claim retries when the record that held the key vanished before it could be read. */
    private static final int CLAIM_ATTEMPTS = 5;

    /**
     * Deletes an expired record of the key, then inserts a fresh one unless another holds the key
     * ({@code INSERT ... ON CONFLICT DO NOTHING}, which waits for a racing uncommitted claim instead
     * of failing); when another holds it, that record is read and returned.
     */
    @Override
    public Optional<IdempotencyRecord> claim(
            ClientId clientId, String key, String fingerprint, Instant now, Instant expiredBefore) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(expiredBefore, "expiredBefore");
        long client = clientId.value();
        return transactions.inTransaction(() -> call(() -> {
            idempotency.deleteExpired(client, key, stored(expiredBefore));
            for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
                if (idempotency.insertIfAbsent(client, key, fingerprint, stored(now)) > 0) {
                    return Optional.<IdempotencyRecord>empty();
                }
                IdempotencyRow held = idempotency.find(client, key);
                if (held != null) {
                    return Optional.of(toRecord(held));
                }
            }
            throw new IllegalStateException("the idempotency key of client " + clientId + " was claimed and released "
                    + CLAIM_ATTEMPTS + " times while this request tried to claim it");
        }));
    }

    @Override
    public void complete(ClientId clientId, String key, StoredResponse response) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(response, "response");
        call(() -> idempotency.complete(
                clientId.value(), key, response.status(), response.contentType(), response.body()));
    }

    @Override
    public void release(ClientId clientId, String key) {
        Objects.requireNonNull(key, "key");
        call(() -> idempotency.deleteUncompleted(clientId.value(), key));
    }

    @Override
    public int purgeCreatedBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return call(() -> idempotency.deleteCreatedBefore(stored(cutoff)));
    }

    @Override
    public void deleteClientData(ClientId clientId) {
        call(() -> idempotency.deleteByClient(clientId.value()));
    }

    private static IdempotencyRecord toRecord(IdempotencyRow row) {
        StoredResponse response = row.status() == null
                ? null
                : new StoredResponse(row.status(), row.contentType(), row.body() == null ? new byte[0] : row.body());
        return new IdempotencyRecord(
                new ClientId(row.clientId()), row.key(), row.fingerprint(), instant(row.createdAt()), response);
    }
}
