package io.vigint.persistence.mail;

/** SQL over {@code client_email_config}; the statements are in {@code EmailConfigMapper.xml} beside this type's package. */
public interface EmailConfigMapper {
    /** The client's row, or {@code null}. */
    EmailConfigRow findByClient(long clientId);

    /** Inserts the row unless the client has one; returns the row count (0 or 1). */
    int insertIfAbsent(EmailConfigRow row);

    /** Replaces every column but {@code created_at}; returns the row count. */
    int update(EmailConfigRow row);

    /** Deletes the client's row; returns the row count. */
    int deleteByClient(long clientId);
}
