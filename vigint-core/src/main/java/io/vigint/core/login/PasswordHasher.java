package io.vigint.core.login;

/**
 * Hashes passwords with a slow, salted, memory-hard function (Argon2id or bcrypt) and checks them.
 * Implementations are thread-safe and never keep the password.
 */
public interface PasswordHasher {
    /** A self-describing encoding of a fresh salted hash of {@code password}. */
    String hash(char[] password);

    /** True if {@code password} matches {@code encodedHash}; false for a malformed hash. */
    boolean verify(char[] password, String encodedHash);
}
