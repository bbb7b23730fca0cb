package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import java.io.PrintStream;

/** A client's rate limit after a change; {@code serverDefault} applies when it has none of its own. */
@JsonPropertyOrder({"client_id", "per_minute", "uses_server_default"})
public record RateLimitView(
        long clientId,
        Integer perMinute,
        boolean usesServerDefault,
        @JsonIgnore int serverDefault) implements View {
    public static RateLimitView of(ClientId clientId, ClientSettings settings, int serverDefault) {
        Integer own = settings.rateLimitPerMinute();
        return new RateLimitView(clientId.value(), own, own == null, serverDefault);
    }

    @Override
    public void printText(PrintStream out) {
        out.println(
                perMinute == null
                        ? "Client " + clientId + " uses the server's default rate limit (" + serverDefault
                                + " requests per minute)."
                        : "Client " + clientId + " may make " + perMinute + " requests per minute.");
    }
}
