package io.vigint.persistence.login;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.instant;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.client.ClientId;
import io.vigint.core.login.LoginCredential;
import io.vigint.core.login.LoginStore;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.persistence.SqlFailures;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link LoginStore} over the {@code login_credentials} table. Usernames are unique case-insensitively
 * through a lower-cased ({@link Locale#ROOT}) key column with a unique constraint. As a
 * {@link ClientDataOwner} it deletes the client's login.
 */
public record MyBatisLoginStore(LoginMapper logins) implements LoginStore, ClientDataOwner {
    @Override
    public void putLogin(LoginCredential credential) {
        Objects.requireNonNull(credential, "credential");
        LoginRow row = new LoginRow(
                credential.clientId().value(),
                credential.username(),
                fold(credential.username()),
                credential.passwordHash(),
                stored(credential.updatedAt()));
        try {
            logins.upsert(row);
        } catch (RuntimeException e) {
            throw SqlFailures.translateLoginWrite(e, credential.username());
        }
    }

    @Override
    public Optional<LoginCredential> findLoginByUsername(String username) {
        Objects.requireNonNull(username, "username");
        return Optional.ofNullable(call(() -> logins.findByUsernameKey(fold(username))))
                .map(MyBatisLoginStore::toLogin);
    }

    @Override
    public Optional<LoginCredential> findLoginByClient(ClientId clientId) {
        return Optional.ofNullable(call(() -> logins.findByClient(clientId.value())))
                .map(MyBatisLoginStore::toLogin);
    }

    @Override
    public boolean deleteLogin(ClientId clientId) {
        return call(() -> logins.deleteByClient(clientId.value())) > 0;
    }

    @Override
    public void deleteClientData(ClientId clientId) {
        deleteLogin(clientId);
    }

    private static LoginCredential toLogin(LoginRow row) {
        return new LoginCredential(
                new ClientId(row.clientId()), row.username(), row.passwordHash(), instant(row.updatedAt()));
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
