package io.vigint.core.key;

import io.vigint.core.client.ClientStore;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a presented key's stored record and its client at once: the read behind every authenticated request.
 * A store that can answer in one lookup (one query, one map entry) implements it; {@link #of} asks the two
 * stores one after the other.
 */
@FunctionalInterface
public interface CredentialLookup {
    /** The key whose hash is {@code digest}, with its client as stored now, or empty if no key has that hash. */
    Optional<KeyCredential> findCredential(KeyDigest digest);

    /** The lookup by two reads: the key by hash in {@code keys}, then its client by id in {@code clients}. */
    static CredentialLookup of(ApiKeyStore keys, ClientStore clients) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(clients, "clients");
        return digest -> keys.findByHash(digest.hash())
                .map(key ->
                        new KeyCredential(key, clients.findById(key.clientId()).orElse(null), digest));
    }
}
