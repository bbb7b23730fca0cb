package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.key.IssuedApiKey;
import java.io.PrintStream;
import java.time.Instant;

/** A key just added to a client; its plain text is printed this once. */
@JsonPropertyOrder({"api_key", "key"})
public record IssuedKeyView(String apiKey, KeyView key) implements ShownOnce {
    public static IssuedKeyView of(IssuedApiKey issued, Instant now) {
        return new IssuedKeyView(issued.plainText(), KeyView.of(issued.key(), now));
    }

    @Override
    public void printText(PrintStream out) {
        out.println("API key created for client " + key.clientId() + ".");
        printKey(out, key, apiKey);
    }

    /** The key's id, name, expiry and plain text, with the warning. */
    static void printKey(PrintStream out, KeyView key, String plainText) {
        out.println(key.idAndName());
        out.println("Expires: " + Text.time(key.expiresAt(), "never"));
        out.println();
        out.println("API key: " + plainText);
        out.println();
        out.println(WARNING);
    }
}
