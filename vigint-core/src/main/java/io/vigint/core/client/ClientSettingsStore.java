package io.vigint.core.client;

/** Stores each client's {@link ClientSettings}. */
public interface ClientSettingsStore {
    /** The client's settings; {@link ClientSettings#defaults()} if none were stored. */
    ClientSettings settingsOf(ClientId clientId);

    /** Replaces the client's settings. */
    void putSettings(ClientId clientId, ClientSettings settings);
}
