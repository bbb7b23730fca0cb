package io.vigint.core.key;

import io.vigint.core.util.Checks;

/**
 * A key just issued: the stored record and the plain text, which exists only here and is shown to the
 * operator exactly once. {@link #toString()} never includes the plain text, so logging this is safe.
 */
public record IssuedApiKey(ApiKey key, String plainText) {
    public IssuedApiKey {
        Checks.nonNull("key plainText", key, plainText);
    }

    @Override
    public String toString() {
        return "IssuedApiKey[key=" + key + ", plainText=" + key.prefix() + "…]";
    }
}
