package io.vigint.core.client;

import java.time.Instant;
import java.util.Objects;

/** A client to be stored; the {@link ClientStore} assigns its id. */
public record NewClient(String name, String email, String description, Instant createdAt) {
    public NewClient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
