package io.vigint.core.login;

import io.vigint.core.client.ClientId;
import java.util.Optional;

/**
 * Stores one login per client. Usernames are unique ignoring case ({@link java.util.Locale#ROOT}); a
 * write that would break that throws {@code DUPLICATE_USERNAME} and changes nothing.
 */
public interface LoginStore {
    /** Creates or replaces the login of {@code credential.clientId()}. */
    void putLogin(LoginCredential credential);

    /** The login with this username, ignoring case. */
    Optional<LoginCredential> findLoginByUsername(String username);

    Optional<LoginCredential> findLoginByClient(ClientId clientId);

    /** Deletes the client's login; returns false if it had none. */
    boolean deleteLogin(ClientId clientId);
}
