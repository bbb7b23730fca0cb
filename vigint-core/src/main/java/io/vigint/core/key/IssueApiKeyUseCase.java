package io.vigint.core.key;

/** Adds an API key to a client; the plain text is returned this once and never stored. */
public interface IssueApiKeyUseCase {
    /**
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND}, or {@code CLIENT_REVOKED}
     *     when the client's access is revoked
     */
    IssuedApiKey issueApiKey(IssueApiKeyCommand command);
}
