package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.SecretCipher;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.util.Checks;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/** Implements {@link PaymentDetailsUseCase}: references are sealed with the {@link SecretCipher} before they are stored. */
public record PaymentDetailsService(
        ClientStore clients,
        PaymentDetailsStore store,
        SecretCipher cipher,
        TransactionRunner transactions,
        Clock clock)
        implements PaymentDetailsUseCase {
    public PaymentDetailsService {
        Checks.nonNull("clients store cipher transactions clock", clients, store, cipher, transactions, clock);
    }

    @Override
    public PaymentDetails setPaymentDetails(SetPaymentDetailsCommand command) {
        Optional<SealedReference> iban =
                command.iban().map(i -> new SealedReference(cipher.encrypt(i.value()), i.masked()));
        Optional<SealedReference> customer =
                command.customerId().map(c -> new SealedReference(cipher.encrypt(c), maskCustomerId(c)));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PaymentDetails details = new PaymentDetails(
                command.clientId(),
                command.method(),
                command.frequency(),
                command.autoPay(),
                iban,
                command.bic(),
                customer,
                now);
        return transactions.inTransaction(() -> {
            requireClient(command.clientId());
            store.savePaymentDetails(details);
            return details;
        });
    }

    @Override
    public PaymentDetails paymentDetails(ClientId clientId) {
        requireClient(clientId);
        return store.findPaymentDetails(clientId)
                .orElseThrow(() -> new VigintException(
                        CoreErrorCode.PAYMENT_DETAILS_NOT_FOUND,
                        CoreErrorCode.PAYMENT_DETAILS_NOT_FOUND.defaultMessage(),
                        Map.of("client_id", clientId.value())));
    }

    /** All but the last four characters hidden: {@code ****1234}. */
    static String maskCustomerId(String customerId) {
        int shown = customerId.length() > 8 ? 4 : 0;
        return "****" + customerId.substring(customerId.length() - shown);
    }

    private void requireClient(ClientId clientId) {
        if (clients.findById(clientId).isEmpty()) {
            throw new VigintException(
                    CoreErrorCode.CLIENT_NOT_FOUND,
                    CoreErrorCode.CLIENT_NOT_FOUND.defaultMessage(),
                    Map.of("client_id", clientId.value()));
        }
    }
}
