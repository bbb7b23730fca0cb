package io.vigint.http;

import io.vigint.core.client.Client;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKey;
import jakarta.ws.rs.container.ContainerRequestContext;
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

    /**
     * The authenticated client of {@code request}, for resources on client routes (where the
     * authentication filter guarantees one).
     *
     * @throws VigintException {@code API_KEY_REQUIRED} if the request has none
     */
    public static ClientPrincipal of(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof ClientPrincipal principal) {
            return principal;
        }
        throw new VigintException(CoreErrorCode.API_KEY_REQUIRED);
    }
}
