package io.vigint.core.key;

import java.util.Objects;

/**
 * A key just issued: the stored record and the plain text, which exists only here and is shown to the
 * operator exactly once. {@link #toString()} never includes the plain text, so logging this is safe.
 */
public record IssuedApiKey(ApiKey key, String plainText) {
    public IssuedApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(plainText, "plainText");
    }

    @Override
    public String toString() {
        return "IssuedApiKey[key=" + key + ", plainText=" + key.prefix() + "…]";
    }
}
