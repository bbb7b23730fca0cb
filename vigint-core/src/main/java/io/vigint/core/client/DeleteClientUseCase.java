package io.vigint.core.client;

/** Permanently deletes a client and everything it owns (keys, and later usage, payments, buffers). */
public interface DeleteClientUseCase {
    /**
     * @return the client as it was before deletion
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND}
     */
    Client deleteClient(ClientId id);
}
