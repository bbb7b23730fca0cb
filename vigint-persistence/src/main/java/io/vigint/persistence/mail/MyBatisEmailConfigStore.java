package io.vigint.persistence.mail;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.instant;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.client.ClientId;
import io.vigint.core.mail.EmailConfig;
import io.vigint.core.mail.EmailConfigStore;
import io.vigint.core.mail.EmailProvider;
import io.vigint.core.mail.SmtpSecurity;
import io.vigint.core.mail.StoredEmailConfig;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link EmailConfigStore} over the {@code client_email_config} table, joining the thread's transaction
 * inside a transaction of the shared sessions. The schema deletes a client's row with the client
 * ({@code ON DELETE CASCADE}).
 */
public record MyBatisEmailConfigStore(EmailConfigMapper mapper) implements EmailConfigStore {
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
                stored(stored.createdAt()),
                stored(stored.updatedAt()));
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
}
