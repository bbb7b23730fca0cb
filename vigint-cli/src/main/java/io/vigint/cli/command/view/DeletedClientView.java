package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.client.Client;
import java.io.PrintStream;

/** A client that was deleted together with its keys. */
@JsonPropertyOrder({"deleted", "client", "keys_deleted"})
public record DeletedClientView(boolean deleted, ClientView client, int keysDeleted) implements View {
    public static DeletedClientView of(Client client, int keyCount) {
        return new DeletedClientView(true, ClientView.of(client), keyCount);
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Deleted client " + client.id() + " (" + client.name() + ") and its " + keysDeleted + " API "
                + (keysDeleted == 1 ? "key." : "keys."));
    }
}
