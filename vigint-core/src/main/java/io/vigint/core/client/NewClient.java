package io.vigint.core.client;

import io.vigint.core.util.Checks;
import java.time.Instant;

/** A client to be stored; the {@link ClientStore} assigns its id. */
public record NewClient(String name, String email, String description, Instant createdAt) {
    public NewClient {
        Checks.nonNull("name email createdAt", name, email, createdAt);
    }
}
