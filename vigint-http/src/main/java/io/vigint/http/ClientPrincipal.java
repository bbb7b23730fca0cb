package io.vigint.http;

import io.vigint.core.client.Client;
import io.vigint.core.key.ApiKey;
import java.util.Objects;

/**
 * The authenticated client of a request, stored as the request property {@link #PROPERTY} by the
 * authentication filter and read by everything after it (resources, rate limits, idempotency).
 *
 * @param apiKey the key used, or {@code null} when the client authenticated with an access token
 */
public record ClientPrincipal(Client client, ApiKey apiKey) {
    /** The request property under which the principal is stored. */
    public static final String PROPERTY = "vigint.client";

    public ClientPrincipal {
        Objects.requireNonNull(client, "client");
    }
}
