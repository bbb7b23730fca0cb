package io.vigint.core.client;

import io.vigint.core.key.IssuedApiKey;

/** A newly created client and its first API key (whose plain text is shown this once). */
public record CreatedClient(Client client, IssuedApiKey apiKey) {}
