package io.vigint.persistence.idempotency;

import java.time.OffsetDateTime;
import org.apache.ibatis.annotations.Param;

/** SQL over {@code idempotency_records}; the statements are in {@code IdempotencyMapper.xml} beside this type's package. */
public interface IdempotencyMapper {
    /** Deletes the record of this client and key if it was created before {@code expiredBefore}. */
    int deleteExpired(
            @Param("clientId") long clientId,
            @Param("key") String key,
            @Param("expiredBefore") OffsetDateTime expiredBefore);

    /**
     * Inserts an uncompleted record unless one exists for the client and key; returns 1 if inserted,
     * 0 if another holds the key. A racing uncommitted insert is waited for, never failed.
     */
    int insertIfAbsent(
            @Param("clientId") long clientId,
            @Param("key") String key,
            @Param("fingerprint") String fingerprint,
            @Param("createdAt") OffsetDateTime createdAt);

    /** The record of this client and key, or {@code null}. */
    IdempotencyRow find(@Param("clientId") long clientId, @Param("key") String key);

    /** Stores the response on the record; returns the row count. */
    int complete(
            @Param("clientId") long clientId,
            @Param("key") String key,
            @Param("status") int status,
            @Param("contentType") String contentType,
            @Param("body") byte[] body);

    /** Deletes the record if it is not completed; returns the row count. */
    int deleteUncompleted(@Param("clientId") long clientId, @Param("key") String key);

    /** Deletes every record created before {@code cutoff}; returns the row count. */
    int deleteCreatedBefore(@Param("cutoff") OffsetDateTime cutoff);

    /** Deletes the client's records; returns the row count. */
    int deleteByClient(long clientId);
}
