package io.vigint.core.key;

/**
 * Replaces a key with a new one for the same client and name. The new key keeps the old key's expiry;
 * the old key expires when the grace period ends (or at its own expiry, if sooner).
 */
public interface RotateApiKeyUseCase {
    /**
     * @throws io.vigint.core.error.VigintException {@code KEY_NOT_FOUND}; {@code KEY_NOT_ROTATABLE} for a
     *     revoked, suspended or expired key; {@code CLIENT_REVOKED} when its client is revoked
     */
    RotatedApiKey rotateApiKey(RotateApiKeyCommand command);
}
