package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.vigint.core.client.ClientWithKeys;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/** A client with its keys: in JSON the client's fields followed by {@code keys}. */
@JsonPropertyOrder({"client", "keys"})
public record ClientWithKeysView(@JsonUnwrapped ClientView client, List<KeyView> keys) implements View {
    public static ClientWithKeysView of(ClientWithKeys entry, Instant now) {
        return new ClientWithKeysView(ClientView.of(entry.client()), KeyView.of(entry.keys(), now));
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Client " + client.id() + ": " + client.name() + " <" + client.email() + ">, "
                + (client.active() ? "active" : "revoked") + ", created " + Text.time(client.createdAt(), ""));
        if (client.description() != null) {
            out.println("  Description: " + client.description());
        }
        KeyView.table(out, keys, "  ");
    }
}
