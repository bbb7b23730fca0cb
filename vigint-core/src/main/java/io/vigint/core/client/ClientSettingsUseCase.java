package io.vigint.core.client;

/** Reads and changes a client's settings. */
public interface ClientSettingsUseCase {
    /**
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND}
     */
    ClientSettings settingsOf(ClientId clientId);

    /**
     * Sets the client's rate limit ({@code null}: back to the server default).
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND}
     */
    ClientSettings setRateLimit(ClientId clientId, Integer perMinute);
}
