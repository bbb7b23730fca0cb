package io.vigint.core.billing;

import io.vigint.core.util.Checks;

/**
 * A bank or card reference as it is stored: sealed by the {@code SecretCipher}, plus the masked form
 * shown to people. Neither part reveals the reference; {@link #toString()} is the masked form.
 *
 * @param sealed the reference encrypted at rest
 * @param masked what output shows, for example {@code NL91 **** **** **** 4300}
 */
public record SealedReference(String sealed, String masked) {
    public SealedReference {
        Checks.nonNull("sealed masked", sealed, masked);
    }

    @Override
    public String toString() {
        return masked;
    }
}
