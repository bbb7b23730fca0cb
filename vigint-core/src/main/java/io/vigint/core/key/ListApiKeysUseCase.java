package io.vigint.core.key;

import io.vigint.core.client.ClientId;
import java.util.List;

/** Lists a client's API keys (never their plain text). */
public interface ListApiKeysUseCase {
    /**
     * The client's keys in id order.
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND}
     */
    List<ApiKey> listApiKeys(ClientId clientId);
}
