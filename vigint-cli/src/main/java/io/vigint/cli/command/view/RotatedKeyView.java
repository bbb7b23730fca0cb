package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.RotatedApiKey;
import java.io.PrintStream;
import java.time.Instant;

/**
 * A rotation: the new key (plain text printed this once) and the old one, which {@code previousStillWorks}
 * until its expiry when the rotation gave it a grace period.
 */
@JsonPropertyOrder({"api_key", "key", "previous_key"})
public record RotatedKeyView(
        String apiKey,
        KeyView key,
        KeyView previousKey,
        @JsonIgnore boolean previousStillWorks) implements ShownOnce {
    public static RotatedKeyView of(RotatedApiKey rotated, Instant now) {
        ApiKey previous = rotated.previous();
        return new RotatedKeyView(
                rotated.replacement().plainText(),
                KeyView.of(rotated.replacement().key(), now),
                KeyView.of(previous, now),
                previous.expiresAt() != null && previous.expiresAt().isAfter(now));
    }

    @Override
    public void printText(PrintStream out) {
        out.println("API key " + previousKey.id() + " rotated; its replacement for client " + key.clientId() + ":");
        IssuedKeyView.printKey(out, key, apiKey);
        out.println();
        String old = "The old key " + previousKey.id() + " (" + previousKey.prefix() + "...) ";
        out.println(
                previousStillWorks
                        ? old + "keeps working until " + Text.time(previousKey.expiresAt(), "never") + "."
                        : old + "has stopped working.");
    }
}
