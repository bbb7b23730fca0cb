package io.vigint.core.client;

/** Changes a client's name, email or description. */
public interface UpdateClientUseCase {
    /**
     * @return the client after the change
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND}, {@code DUPLICATE_CLIENT_NAME},
     *     {@code DUPLICATE_CLIENT_EMAIL}
     */
    Client updateClient(UpdateClientCommand command);
}
