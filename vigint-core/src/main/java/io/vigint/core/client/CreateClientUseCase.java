package io.vigint.core.client;

/** Creates a client together with its first API key. */
public interface CreateClientUseCase {
    /**
     * @throws io.vigint.core.error.VigintException {@code DUPLICATE_CLIENT_NAME} or {@code DUPLICATE_CLIENT_EMAIL}
     *     when another client has the name or email (ignoring case); nothing is written then
     */
    CreatedClient createClient(CreateClientCommand command);
}
