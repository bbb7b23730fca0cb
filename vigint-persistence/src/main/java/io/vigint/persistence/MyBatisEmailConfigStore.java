package io.vigint.persistence;

import io.vigint.core.client.ClientId;
import io.vigint.core.mail.EmailConfig;
import io.vigint.core.mail.EmailConfigStore;
import io.vigint.core.mail.EmailProvider;
import io.vigint.core.mail.SmtpSecurity;
import io.vigint.core.mail.StoredEmailConfig;
import io.vigint.persistence.mail.EmailConfigMapper;
import io.vigint.persistence.mail.EmailConfigRow;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link EmailConfigStore} over the {@code client_email_config} table, joining the thread's transaction
 * inside {@link MyBatisStorage#inTransaction}. The schema deletes a client's row with the client
 * ({@code ON DELETE CASCADE}).
 */
public final class MyBatisEmailConfigStore implements EmailConfigStore {
    private final EmailConfigMapper mapper;

    public MyBatisEmailConfigStore(MyBatisStorage storage) {
        this.mapper = Objects.requireNonNull(storage, "storage").mapper(EmailConfigMapper.class);
    }

    @Override
    public Optional<StoredEmailConfig> findEmailConfig(ClientId clientId) {
        return call(() ->
                Optional.ofNullable(mapper.findByClient(clientId.value())).map(MyBatisEmailConfigStore::toStored));
    }

    @Override
    public boolean insertEmailConfig(StoredEmailConfig config) {
        return call(() -> mapper.insertIfAbsent(toRow(config)) == 1);
    }

    @Override
    public boolean updateEmailConfig(StoredEmailConfig config) {
        return call(() -> mapper.update(toRow(config)) == 1);
    }

    @Override
    public boolean deleteEmailConfig(ClientId clientId) {
        return call(() -> mapper.deleteByClient(clientId.value()) == 1);
    }

    private static EmailConfigRow toRow(StoredEmailConfig stored) {
        EmailConfig c = stored.config();
        return new EmailConfigRow(
                stored.clientId().value(),
                c.provider().wireName(),
                c.fromEmail(),
                c.fromName(),
                c.host(),
                c.port(),
                c.username(),
                c.security() == null ? null : c.security().wireName(),
                c.domain(),
                c.region(),
                c.accessKeyId(),
                stored.sealedSecret(),
                MyBatisStorage.toStored(stored.createdAt()),
                MyBatisStorage.toStored(stored.updatedAt()));
    }

    private static StoredEmailConfig toStored(EmailConfigRow row) {
        EmailConfig config = new EmailConfig(
                EmailProvider.valueOf(row.provider().toUpperCase(Locale.ROOT)),
                row.fromEmail(),
                row.fromName(),
                row.host(),
                row.port(),
                row.username(),
                row.security() == null
                        ? null
                        : SmtpSecurity.valueOf(row.security().toUpperCase(Locale.ROOT)),
                row.domain(),
                row.region(),
                row.accessKeyId());
        return new StoredEmailConfig(
                new ClientId(row.clientId()),
                config,
                row.secretSealed(),
                instant(row.createdAt()),
                instant(row.updatedAt()));
    }

    private static Instant instant(java.time.OffsetDateTime stored) {
        return stored.toInstant();
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e);
        }
    }
}
