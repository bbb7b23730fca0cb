package io.vigint.http.billing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.InvoiceVerification;
import java.util.List;

/** The result of recomputing an invoice from its usage; {@code matches} is false if anything differs. */
@JsonPropertyOrder({"number", "matches", "differences"})
public record InvoiceVerificationView(String number, boolean matches, List<String> differences) {
    public static InvoiceVerificationView of(InvoiceVerification v) {
        return new InvoiceVerificationView(v.number().toString(), v.matches(), v.differences());
    }
}
