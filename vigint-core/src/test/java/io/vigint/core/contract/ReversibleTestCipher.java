package io.vigint.core.contract;

import io.vigint.core.port.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A reversible stand-in for the real cipher in tests: Base64 of the reversed text behind a marker, so a
 * test can see that what was stored is not the plain text and still decrypt it. Not encryption.
 */
public final class ReversibleTestCipher implements SecretCipher {
    private static final String MARKER = "test-sealed:";

    @Override
    public String encrypt(String plainText) {
        String reversed = new StringBuilder(plainText).reverse().toString();
        return MARKER + Base64.getEncoder().encodeToString(reversed.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String decrypt(String sealed) {
        if (!sealed.startsWith(MARKER)) {
            throw new IllegalStateException("not sealed by this cipher");
        }
        String reversed =
                new String(Base64.getDecoder().decode(sealed.substring(MARKER.length())), StandardCharsets.UTF_8);
        return new StringBuilder(reversed).reverse().toString();
    }
}
