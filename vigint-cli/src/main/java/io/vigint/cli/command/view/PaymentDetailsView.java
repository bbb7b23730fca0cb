package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.PaymentDetails;
import io.vigint.core.billing.SealedReference;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Objects;

/** A client's payment details, the IBAN and customer id only ever masked. */
@JsonPropertyOrder({"client_id", "method", "frequency", "auto_pay", "iban", "bic", "customer_id", "updated_at"})
public record PaymentDetailsView(
        long clientId,
        String method,
        String frequency,
        boolean autoPay,
        String iban,
        String bic,
        String customerId,
        Instant updatedAt)
        implements View {
    public static PaymentDetailsView of(PaymentDetails d) {
        return new PaymentDetailsView(
                d.clientId().value(),
                d.method().code(),
                d.frequency().code(),
                d.autoPay(),
                d.iban().map(SealedReference::masked).orElse(null),
                d.bic().map(Object::toString).orElse(null),
                d.customerId().map(SealedReference::masked).orElse(null),
                d.updatedAt());
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Client:      " + clientId);
        out.println("Method:      " + method);
        out.println("Frequency:   " + frequency);
        out.println("Auto-pay:    " + (autoPay ? "yes" : "no"));
        out.println("IBAN:        " + Objects.requireNonNullElse(iban, "-"));
        out.println("BIC:         " + Objects.requireNonNullElse(bic, "-"));
        out.println("Customer id: " + Objects.requireNonNullElse(customerId, "-"));
        out.println("Updated:     " + Text.time(updatedAt, ""));
    }
}
