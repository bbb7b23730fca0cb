package io.vigint.core.client;

import io.vigint.core.key.ApiKey;
import java.util.List;

/** A client and its API keys (in id order), as listed to operators. */
public record ClientWithKeys(Client client, List<ApiKey> keys) {
    public ClientWithKeys {
        keys = List.copyOf(keys);
    }
}
