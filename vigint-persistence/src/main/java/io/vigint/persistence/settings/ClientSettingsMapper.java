package io.vigint.persistence.settings;

/** SQL over {@code client_settings}; the statements are in {@code ClientSettingsMapper.xml} beside this type's package. */
public interface ClientSettingsMapper {
    /** The client's row, or {@code null}. */
    ClientSettingsRow findByClient(long clientId);

    /** Inserts the row, or replaces the client's existing one; returns the row count. */
    int upsert(ClientSettingsRow row);

    /** Deletes the client's row; returns the row count. */
    int deleteByClient(long clientId);
}
