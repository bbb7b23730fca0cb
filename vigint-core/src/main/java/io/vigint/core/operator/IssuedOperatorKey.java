package io.vigint.core.operator;

import io.vigint.core.util.Checks;

/** An operator key just created; the plain text is shown once. {@link #toString()} omits it. */
public record IssuedOperatorKey(OperatorKey key, String plainText) {
    public IssuedOperatorKey {
        Checks.nonNull("key plainText", key, plainText);
    }

    @Override
    public String toString() {
        return "IssuedOperatorKey[key=" + key + ", plainText=" + key.prefix() + "…]";
    }
}
