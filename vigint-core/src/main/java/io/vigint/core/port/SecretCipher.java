package io.vigint.core.port;

/**
 * Encrypts secrets before they are stored (email-provider passwords and API keys, IBANs) and
 * decrypts them when they are used. Implementations authenticate what they decrypt (a tampered or
 * foreign value is refused, never silently garbled) and must be thread-safe.
 */
public interface SecretCipher {
    /** {@code plainText} sealed as printable ASCII, safe to store in a text column. */
    String encrypt(String plainText);

    /**
     * The plain text of a value from {@link #encrypt}.
     *
     * @throws IllegalStateException if the value was tampered with or sealed under another key
     */
    String decrypt(String sealed);
}
