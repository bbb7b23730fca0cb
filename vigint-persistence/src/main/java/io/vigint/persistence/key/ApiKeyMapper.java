package io.vigint.persistence.key;

import io.vigint.persistence.NewRow;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL over {@code api_keys}; the statements are in {@code ApiKeyMapper.xml} beside this type's package. */
public interface ApiKeyMapper {
    /** Inserts the row (never used yet) and sets its generated id; returns the row count. */
    int insert(NewRow<ApiKeyRow> row);

    /** 1 if some row is legacy, else {@code null}. */
    Integer anyLegacy();

    /** The row with this id, or {@code null}. */
    ApiKeyRow findById(long id);

    /** The row with this hash, or {@code null}. */
    ApiKeyRow findByHash(String keyHash);

    /** The row with this hash joined with its client's row (client columns null if none), or {@code null}. */
    CredentialRow findCredential(String keyHash);

    /** The client's rows in id order. */
    List<ApiKeyRow> listByClient(long clientId);

    /** Every row, ordered by client id then id. */
    List<ApiKeyRow> listAll();

    /** Sets the status of one row; returns the row count. */
    int updateStatus(@Param("id") long id, @Param("status") String status);

    /** Moves the client's rows in status {@code from} to {@code to}; returns the row count. */
    int updateStatusForClient(@Param("clientId") long clientId, @Param("from") String from, @Param("to") String to);

    /** Sets the expiry of one row ({@code null}: never); returns the row count. */
    int updateExpiry(@Param("id") long id, @Param("expiresAt") OffsetDateTime expiresAt);

    /** Sets {@code last_used_at} unless it is already at or after {@code usedAt}; returns the row count. */
    int recordUse(@Param("id") long id, @Param("usedAt") OffsetDateTime usedAt);

    /** Deletes the client's rows; returns the row count. */
    int deleteByClient(long clientId);
}
