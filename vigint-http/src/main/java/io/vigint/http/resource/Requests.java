package io.vigint.http.resource;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKeyId;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.json.CreatedClientView;
import io.vigint.http.json.Envelope;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;

/** What resources read from a request: the principal and ids from the path. */
final class Requests {
    private Requests() {}

    /** The authenticated client (the authentication filter guarantees one on client routes). */
    static ClientPrincipal principal(ContainerRequestContext request) {
        return ClientPrincipal.of(request);
    }

    /** A client id from the path; ids that cannot exist are simply not found. */
    static ClientId clientId(long value) {
        if (value <= 0) {
            throw new VigintException(
                    CoreErrorCode.CLIENT_NOT_FOUND, "No client with id " + value, Map.of("client_id", value));
        }
        return new ClientId(value);
    }

    /** A key id from the path; ids that cannot exist are simply not found. */
    static ApiKeyId keyId(long value) {
        if (value <= 0) {
            throw new VigintException(
                    CoreErrorCode.KEY_NOT_FOUND, "No API key with id " + value, Map.of("key_id", value));
        }
        return new ApiKeyId(value);
    }

    /** For responses carrying a secret shown once: no cache may keep it. */
    static CacheControl noStore() {
        CacheControl cacheControl = new CacheControl();
        cacheControl.setNoStore(true);
        cacheControl.setNoCache(true);
        return cacheControl;
    }

    /**
     * Runs {@code write} and rewords a {@code DUPLICATE_CLIENT_NAME} or {@code DUPLICATE_CLIENT_EMAIL}
     * conflict so that it names nothing: a client-facing answer must not echo another tenant's name or
     * address back (same code, same {@code field} detail).
     */
    static <T> T withoutNamingOthers(Supplier<T> write) {
        try {
            return write.get();
        } catch (VigintException e) {
            String message = null;
            if (e.code() == CoreErrorCode.DUPLICATE_CLIENT_NAME) {
                message = "This name is not available; choose another";
            } else if (e.code() == CoreErrorCode.DUPLICATE_CLIENT_EMAIL) {
                message = "This email address is not available; use another";
            }
            if (message == null) {
                throw e;
            }
            throw new VigintException(e.code(), message, e.details());
        }
    }

    /**
     * Creates a client and its first key (201, not cacheable, the key in the answer this once): the same
     * for the operator API and for sign-up.
     */
    static Response createClient(CreateClientUseCase creation, CreateClientRequest body) {
        CreateClientRequest b = body == null ? new CreateClientRequest(null, null, null) : body;
        CreatedClient created = withoutNamingOthers(
                () -> creation.createClient(new CreateClientCommand(b.name(), b.email(), b.description())));
        return Response.status(Response.Status.CREATED)
                .cacheControl(noStore())
                .entity(Envelope.of(CreatedClientView.of(created)))
                .build();
    }
}
