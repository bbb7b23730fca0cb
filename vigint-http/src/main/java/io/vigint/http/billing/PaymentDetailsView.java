package io.vigint.http.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.PaymentDetails;
import io.vigint.core.billing.SealedReference;

/** A client's payment details as JSON; {@code iban} and {@code customer_id} are masked, never the values. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"client_id", "method", "frequency", "auto_pay", "iban", "bic", "customer_id", "updated_at"})
public record PaymentDetailsView(
        long clientId,
        String method,
        String frequency,
        boolean autoPay,
        String iban,
        String bic,
        String customerId,
        String updatedAt) {
    public static PaymentDetailsView of(PaymentDetails d) {
        return new PaymentDetailsView(
                d.clientId().value(),
                d.method().code(),
                d.frequency().code(),
                d.autoPay(),
                d.iban().map(SealedReference::masked).orElse(null),
                d.bic().map(Object::toString).orElse(null),
                d.customerId().map(SealedReference::masked).orElse(null),
                d.updatedAt().toString());
    }
}
