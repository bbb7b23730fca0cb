package io.vigint.core.operator;

import java.util.Objects;

/** An operator key just created; the plain text is shown once. {@link #toString()} omits it. */
public record IssuedOperatorKey(OperatorKey key, String plainText) {
    public IssuedOperatorKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(plainText, "plainText");
    }

    @Override
    public String toString() {
        return "IssuedOperatorKey[key=" + key + ", plainText=" + key.prefix() + "…]";
    }
}
