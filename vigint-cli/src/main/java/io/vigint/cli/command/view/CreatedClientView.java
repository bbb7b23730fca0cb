package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.client.CreatedClient;
import java.io.PrintStream;
import java.time.Instant;

/** A new client and its first key, whose plain text is printed this once. */
@JsonPropertyOrder({"client", "api_key", "key"})
public record CreatedClientView(ClientView client, String apiKey, KeyView key) implements ShownOnce {
    private static final String RULE = "=".repeat(80);

    public static CreatedClientView of(CreatedClient created, Instant now) {
        return new CreatedClientView(
                ClientView.of(created.client()),
                created.apiKey().plainText(),
                KeyView.of(created.apiKey().key(), now));
    }

    @Override
    public void printText(PrintStream out) {
        out.println(RULE);
        out.println("CLIENT CREATED");
        out.println(RULE);
        out.println("Client ID: " + client.id());
        out.println("Name: " + client.name());
        out.println("Email: " + client.email());
        if (client.description() != null) {
            out.println("Description: " + client.description());
        }
        out.println();
        out.println("API key: " + apiKey);
        out.println(key.idAndName());
        out.println();
        out.println(WARNING);
        out.println(RULE);
    }
}
