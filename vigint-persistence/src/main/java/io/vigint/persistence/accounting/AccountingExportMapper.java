package io.vigint.persistence.accounting;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL over {@code accounting_exports}; the statements are in {@code AccountingExportMapper.xml}. */
public interface AccountingExportMapper {
    /** Inserts a pending row unless the number is there already; returns the row count (0 or 1). */
    int insertIfAbsent(@Param("number") String number, @Param("now") OffsetDateTime now);

    /** Makes a failed row pending again from its first attempt; returns the row count (0 or 1). */
    int restartFailed(@Param("number") String number, @Param("now") OffsetDateTime now);

    /**
     * Due rows (pending, next attempt come, no running lease), earliest first, at most {@code limit}; on
     * PostgreSQL locked, skipping rows another transaction holds.
     */
    List<DueExport> due(@Param("now") OffsetDateTime now, @Param("limit") int limit);

    /** Leases the row if it is still due with {@code attempts} attempts; returns the row count (0 or 1). */
    int claim(
            @Param("number") String number,
            @Param("attempts") int attempts,
            @Param("now") OffsetDateTime now,
            @Param("leaseUntil") OffsetDateTime leaseUntil);

    int done(
            @Param("number") String number,
            @Param("attempt") int attempt,
            @Param("externalId") String externalId,
            @Param("now") OffsetDateTime now);

    int retryLater(
            @Param("number") String number,
            @Param("attempt") int attempt,
            @Param("nextAttemptAt") OffsetDateTime nextAttemptAt,
            @Param("error") String error,
            @Param("now") OffsetDateTime now);

    int fail(
            @Param("number") String number,
            @Param("attempt") int attempt,
            @Param("error") String error,
            @Param("now") OffsetDateTime now);

    AccountingExportRow find(@Param("number") String number);

    List<AccountingExportRow> list(@Param("limit") int limit);
}
