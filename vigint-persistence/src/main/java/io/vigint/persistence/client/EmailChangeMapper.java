package io.vigint.persistence.client;

/** SQL over {@code client_email_changes}; the statements are in {@code EmailChangeMapper.xml}. */
public interface EmailChangeMapper {
    /** Inserts the row; returns the row count. */
    int insert(EmailChangeRow row);

    /** The client's row, or {@code null}. */
    EmailChangeRow findByClient(long clientId);

    /** The row with this token hash, or {@code null}. */
    EmailChangeRow findByTokenHash(String tokenHash);

    /** Deletes the client's row; returns the row count. */
    int deleteByClient(long clientId);
}
