package io.vigint.persistence.billing;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.billing.Bic;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.PaymentDetails;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.billing.SealedReference;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.persistence.SqlFailures;
import java.util.Map;
import java.util.Optional;

/**
 * {@link PaymentDetailsStore} over the {@code payment_details} table: references are stored sealed, with
 * their masked form beside them. Details for a client that does not exist are {@code CLIENT_NOT_FOUND}.
 */
public record MyBatisPaymentDetailsStore(BillingMapper mapper) implements PaymentDetailsStore {
    @Override
    public void savePaymentDetails(PaymentDetails d) {
        PaymentDetailsRow row = new PaymentDetailsRow(
                d.clientId().value(),
                d.method().code(),
                d.frequency().code(),
                d.autoPay(),
                d.iban().map(SealedReference::sealed).orElse(null),
                d.iban().map(SealedReference::masked).orElse(null),
                d.bic().map(Bic::value).orElse(null),
                d.customerId().map(SealedReference::sealed).orElse(null),
                d.customerId().map(SealedReference::masked).orElse(null),
                stored(d.updatedAt()));
        try {
            mapper.upsertPaymentDetails(row);
        } catch (RuntimeException e) {
            if (SqlFailures.isUniqueViolation(e) || SqlFailures.isForeignKeyViolation(e)) {
                throw new VigintException(
                        CoreErrorCode.CLIENT_NOT_FOUND, CoreErrorCode.CLIENT_NOT_FOUND.defaultMessage(), Map.of(), e);
            }
            throw SqlFailures.translate(e);
        }
    }

    @Override
    public Optional<PaymentDetails> findPaymentDetails(ClientId clientId) {
        PaymentDetailsRow row = call(() -> mapper.findPaymentDetails(clientId.value()));
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new PaymentDetails(
                new ClientId(row.clientId()),
                PaymentMethod.parse(row.method()),
                BillingFrequency.parse(row.frequency()),
                row.autoPay(),
                sealed(row.ibanSealed(), row.ibanMasked()),
                Optional.ofNullable(row.bic()).map(Bic::new),
                sealed(row.customerSealed(), row.customerMasked()),
                row.updatedAt().toInstant()));
    }

    private static Optional<SealedReference> sealed(String sealed, String masked) {
        return sealed == null ? Optional.empty() : Optional.of(new SealedReference(sealed, masked));
    }
}
