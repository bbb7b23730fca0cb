package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.operator.IssuedOperatorKey;
import java.io.PrintStream;

/** A new operator key; its plain text is printed this once. */
@JsonPropertyOrder({"admin_key", "key"})
public record CreatedOperatorKeyView(String adminKey, OperatorKeyView key) implements ShownOnce {
    public static CreatedOperatorKeyView of(IssuedOperatorKey issued) {
        return new CreatedOperatorKeyView(issued.plainText(), OperatorKeyView.of(issued.key()));
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Operator key " + key.id() + " (name: " + key.name() + ") created.");
        out.println("Send it as the X-Admin-Key header to the /admin/v1 API.");
        out.println();
        out.println("Operator key: " + adminKey);
        out.println();
        out.println(WARNING);
    }
}
