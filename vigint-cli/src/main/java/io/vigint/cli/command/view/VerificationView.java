package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.InvoiceVerification;
import java.io.PrintStream;
import java.util.List;

/** An invoice recomputed from its usage: whether it matches, and every difference. */
@JsonPropertyOrder({"number", "matches", "differences"})
public record VerificationView(String number, boolean matches, List<String> differences) implements View {
    public static VerificationView of(InvoiceVerification v) {
        return new VerificationView(v.number().toString(), v.matches(), List.copyOf(v.differences()));
    }

    @Override
    public void printText(PrintStream out) {
        if (matches) {
            out.println(number + " matches its usage: every line, the subtotal, VAT and total recomputed.");
            return;
        }
        out.println(number + " differs from its usage:");
        differences.forEach(d -> out.println("  " + d));
    }
}
