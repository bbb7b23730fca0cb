package io.vigint.persistence.login;

/** SQL over {@code login_credentials}; the statements are in {@code LoginMapper.xml} beside this type's package. */
public interface LoginMapper {
    /** Inserts the row, or replaces the client's existing one; returns the row count. */
    int upsert(LoginRow row);

    /** The row with this lower-cased username, or {@code null}. */
    LoginRow findByUsernameKey(String usernameKey);

    /** The client's row, or {@code null}. */
    LoginRow findByClient(long clientId);

    /** Deletes the client's row; returns the row count. */
    int deleteByClient(long clientId);
}
