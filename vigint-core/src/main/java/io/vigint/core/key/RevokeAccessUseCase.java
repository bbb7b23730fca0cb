package io.vigint.core.key;

import io.vigint.core.client.ClientWithKeys;

/**
 * Stops a client's requests from being accepted. For the whole client: the client becomes inactive and
 * its active keys {@link ApiKeyStatus#SUSPENDED}. For one key: that key becomes {@link ApiKeyStatus#REVOKED}.
 * Data is kept. Revoking what is already revoked changes nothing and is not an error.
 */
public interface RevokeAccessUseCase {
    /**
     * @return the client and its keys after the change
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND}, or {@code KEY_NOT_FOUND}
     *     when the key does not exist or belongs to another client
     */
    ClientWithKeys revokeAccess(AccessCommand command);
}
