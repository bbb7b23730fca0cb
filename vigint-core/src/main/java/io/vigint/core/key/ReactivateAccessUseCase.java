package io.vigint.core.key;

import io.vigint.core.client.ClientWithKeys;

/**
 * Restores access. For the whole client: the client becomes active and its {@link ApiKeyStatus#SUSPENDED}
 * keys active again; keys revoked one by one stay revoked. For one key: that key becomes active (and
 * its client too, while the client's other suspended keys stay suspended). Expired keys stay expired.
 */
public interface ReactivateAccessUseCase {
    /**
     * @return the client and its keys after the change
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND}, {@code KEY_NOT_FOUND}, or
     *     {@code KEY_NOT_REACTIVATABLE} for an expired key
     */
    ClientWithKeys reactivateAccess(AccessCommand command);
}
