package io.vigint.core.auth;

/** Turns a presented API key into its client and key, or a distinct reason for refusal. */
public interface AuthenticateUseCase {
    /**
     * Never throws for a bad key: every refusal is a {@link AuthenticationResult.Rejected}. The presented
     * text is hashed at once and never kept or logged.
     */
    AuthenticationResult authenticate(String presentedKey);
}
