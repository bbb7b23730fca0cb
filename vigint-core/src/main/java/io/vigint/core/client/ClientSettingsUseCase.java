package io.vigint.core.client;

/** Reads and changes a client's settings. */
public interface ClientSettingsUseCase {
    /**
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND}
     */
    ClientSettings settingsOf(ClientId clientId);

    /**
     * Sets the client's rate limit of API calls per minute ({@code null}: back to the server default). Its
     * other settings stay as they are.
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND}
     */
    ClientSettings setRateLimit(ClientId clientId, Integer perMinute);

    /**
     * Sets the client's frame-ingest limits: frames per second per source and bytes per second for all its
     * sources ({@code null}: back to the server's default). Its other settings stay as they are.
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND}, or {@code VALIDATION_FAILED}
     *     naming {@code frames_per_second} or {@code bytes_per_second} when a value is out of range
     */
    ClientSettings setIngestLimits(ClientId clientId, Integer framesPerSecond, Long bytesPerSecond);
}
