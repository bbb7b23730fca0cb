package io.vigint.core.mail;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.SecretCipher;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.util.Checks;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Implements {@link EmailConfigUseCase}: validates with {@link EmailConfigValidator}, refuses an SMTP
 * host that the {@link MailHostPolicy} refuses ({@code INVALID_EMAIL_CONFIG} naming {@code host}), seals the secret
 * with the {@link SecretCipher} before it reaches the {@link EmailConfigStore}, and unseals it only
 * for {@link #providerAccount}.
 */
public record EmailConfigService(
        EmailConfigStore store, SecretCipher cipher, TransactionRunner transactions, Clock clock, MailHostPolicy hosts)
        implements EmailConfigUseCase {
    public EmailConfigService {
        Checks.nonNull("store cipher transactions clock hosts", store, cipher, transactions, clock, hosts);
    }

    @Override
    public SetEmailConfigResult setEmailConfig(ClientId clientId, String provider, Map<String, ?> config) {
        Objects.requireNonNull(clientId, "clientId");
        EmailConfigValidator.Result result = checked(EmailConfigValidator.validate(provider, config));
        return transactions.inTransaction(() -> {
            Optional<StoredEmailConfig> existing = store.findEmailConfig(clientId);
            String sealed = sealedSecret(result, existing);
            Instant now = now();
            if (existing.isEmpty()) {
                StoredEmailConfig stored = new StoredEmailConfig(clientId, result.config(), sealed, now, now);
                if (store.insertEmailConfig(stored)) {
                    return new SetEmailConfigResult(stored, true);
                }
            }
            StoredEmailConfig current = store.findEmailConfig(clientId).orElseThrow(() -> notFound(clientId));
            StoredEmailConfig stored =
                    new StoredEmailConfig(clientId, result.config(), sealed, current.createdAt(), now);
            store.updateEmailConfig(stored);
            return new SetEmailConfigResult(stored, false);
        });
    }

    @Override
    public StoredEmailConfig replaceEmailConfig(ClientId clientId, String provider, Map<String, ?> config) {
        Objects.requireNonNull(clientId, "clientId");
        EmailConfigValidator.Result result = checked(EmailConfigValidator.validate(provider, config));
        return transactions.inTransaction(() -> {
            StoredEmailConfig current = store.findEmailConfig(clientId).orElseThrow(() -> notFound(clientId));
            StoredEmailConfig stored = new StoredEmailConfig(
                    clientId, result.config(), sealedSecret(result, Optional.of(current)), current.createdAt(), now());
            if (!store.updateEmailConfig(stored)) {
                throw notFound(clientId);
            }
            return stored;
        });
    }

    @Override
    public StoredEmailConfig emailConfig(ClientId clientId) {
        return findEmailConfig(clientId).orElseThrow(() -> notFound(clientId));
    }

    @Override
    public Optional<StoredEmailConfig> findEmailConfig(ClientId clientId) {
        return store.findEmailConfig(clientId);
    }

    @Override
    public void deleteEmailConfig(ClientId clientId) {
        if (!transactions.inTransaction(() -> store.deleteEmailConfig(clientId))) {
            throw notFound(clientId);
        }
    }

    @Override
    public Optional<EmailProviderAccount> providerAccount(ClientId clientId) {
        return store.findEmailConfig(clientId)
                .map(stored -> new EmailProviderAccount(
                        stored.config(), stored.sealedSecret() == null ? null : cipher.decrypt(stored.sealedSecret())));
    }

    /** {@code result}, unless its SMTP host is one the server must not connect to. */
    private EmailConfigValidator.Result checked(EmailConfigValidator.Result result) {
        String host = result.config().host();
        if (result.config().provider() == EmailProvider.SMTP && host != null) {
            hosts.refusal(host).ifPresent(reason -> {
                throw EmailConfigValidator.invalid("host", reason);
            });
        }
        return result;
    }

    /**
     * The sealed secret to store: the new one if given; else the stored one if the provider is the same
     * (so an update need not repeat a secret it cannot read back); else none, which is an error when
     * the configuration needs one.
     */
    private String sealedSecret(EmailConfigValidator.Result result, Optional<StoredEmailConfig> existing) {
        if (result.secret() != null) {
            return cipher.encrypt(result.secret());
        }
        if (!result.config().needsSecret()) {
            return null;
        }
        return existing.filter(e -> e.config().provider() == result.config().provider() && e.secretSet())
                .map(StoredEmailConfig::sealedSecret)
                .orElseThrow(() -> EmailConfigValidator.invalid(
                        result.config().provider().secretField(),
                        result.config().provider().secretField() + " is required"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static VigintException notFound(ClientId clientId) {
        return new VigintException(
                CoreErrorCode.EMAIL_CONFIG_NOT_FOUND,
                "No email configuration is set for this client",
                Map.of("client_id", clientId.value()));
    }
}
