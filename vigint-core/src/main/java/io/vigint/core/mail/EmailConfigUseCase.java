package io.vigint.core.mail;

import io.vigint.core.client.ClientId;
import java.util.Map;
import java.util.Optional;

/**
 * A client's own mail provider: set, read, replace and remove it; and the decrypted account that the
 * mailer uses. Invalid input is {@code INVALID_EMAIL_CONFIG} naming the field in {@code details} and
 * changes nothing.
 */
public interface EmailConfigUseCase {
    /**
     * Sets the client's configuration, replacing any it had.
     *
     * @param provider {@code smtp}, {@code mailgun}, {@code sendgrid}, {@code postmark} or {@code ses}
     * @param config the provider's fields by their JSON names (e.g. {@code host}, {@code port}, {@code
     *     password}, {@code from_email})
     */
    SetEmailConfigResult setEmailConfig(ClientId clientId, String provider, Map<String, ?> config);

    /**
     * Replaces an existing configuration. The secret may be left out to keep the stored one, as long
     * as the provider does not change.
     *
     * @throws io.vigint.core.error.VigintException {@code EMAIL_CONFIG_NOT_FOUND} if there is none
     */
    StoredEmailConfig replaceEmailConfig(ClientId clientId, String provider, Map<String, ?> config);

    /**
     * The client's configuration (its secret stays sealed).
     *
     * @throws io.vigint.core.error.VigintException {@code EMAIL_CONFIG_NOT_FOUND} if there is none
     */
    StoredEmailConfig emailConfig(ClientId clientId);

    /** The client's configuration (its secret stays sealed), if it has one. */
    Optional<StoredEmailConfig> findEmailConfig(ClientId clientId);

    /**
     * Removes the configuration; the client's mail goes through the server's provider again.
     *
     * @throws io.vigint.core.error.VigintException {@code EMAIL_CONFIG_NOT_FOUND} if there is none
     */
    void deleteEmailConfig(ClientId clientId);

    /** The client's provider with its secret decrypted, if it configured one. */
    Optional<EmailProviderAccount> providerAccount(ClientId clientId);

    /**
     * What {@link #setEmailConfig} returned.
     *
     * @param created true if the client had no configuration before
     */
    record SetEmailConfigResult(StoredEmailConfig config, boolean created) {}
}
