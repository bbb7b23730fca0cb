package io.vigint.core.client;

import java.util.List;

/** Lists clients with their keys, for operators. */
public interface ListClientsUseCase {
    /** Every client in id order, each with its keys in id order. */
    List<ClientWithKeys> listClients();

    /**
     * One client with its keys.
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND}
     */
    ClientWithKeys getClient(ClientId id);
}
