package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vigint.core.client.ClientWithKeys;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/** Every client with its keys: a JSON array, or one block per client. */
public record ClientListView(@JsonValue List<ClientWithKeysView> clients) implements View {
    public static ClientListView of(List<ClientWithKeys> clients, Instant now) {
        return new ClientListView(
                clients.stream().map(c -> ClientWithKeysView.of(c, now)).toList());
    }

    @Override
    public void printText(PrintStream out) {
        if (clients.isEmpty()) {
            out.println("No clients.");
            return;
        }
        for (int i = 0; i < clients.size(); i++) {
            if (i > 0) {
                out.println();
            }
            clients.get(i).printText(out);
        }
    }
}
