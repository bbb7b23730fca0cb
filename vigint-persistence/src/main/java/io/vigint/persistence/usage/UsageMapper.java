package io.vigint.persistence.usage;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL over {@code usage_records} and {@code ingest_usage}; the statements are in {@code UsageMapper.xml} beside this type's package. */
public interface UsageMapper {
    /** Inserts the batch's rows with one statement; returns the row count. */
    int insertBatch(UsageBatch batch);

    /** H2 only: writes every committed change to the database file and forces it to disk. */
    void writeAndSync();

    /** A client's latest rows of one key ({@code apiKeyId} null: of access tokens), newest first. */
    List<UsageRow> latest(
            @Param("clientId") long clientId, @Param("apiKeyId") Long apiKeyId, @Param("limit") int limit);

    /** A client's rows in [from, to) after (afterTime, afterId) when given, oldest first. */
    List<UsageRow> list(
            @Param("clientId") long clientId,
            @Param("from") OffsetDateTime from,
            @Param("to") OffsetDateTime to,
            @Param("afterTime") OffsetDateTime afterTime,
            @Param("afterId") Long afterId,
            @Param("limit") int limit);

    /** A client's rows in [from, to) summed per UTC day and currency, in day order. */
    List<UsageGroupRow> sumByDay(
            @Param("clientId") long clientId,
            @Param("from") OffsetDateTime from,
            @Param("to") OffsetDateTime to,
            @Param("limit") int limit);

    /** A client's rows in [from, to) summed per endpoint and currency, endpoints after {@code after} in order. */
    List<UsageGroupRow> sumByEndpoint(
            @Param("clientId") long clientId,
            @Param("from") OffsetDateTime from,
            @Param("to") OffsetDateTime to,
            @Param("after") String after,
            @Param("limit") int limit);

    /** Adds each row's frames and bytes to the stored row of its key, creating it if absent; one statement. */
    int addIngest(IngestBatch batch);

    /** A client's ingest rows whose minute starts in [from, to), by minute then source. */
    List<IngestRow> ingestByMinute(
            @Param("clientId") long clientId,
            @Param("from") OffsetDateTime from,
            @Param("to") OffsetDateTime to,
            @Param("limit") int limit);

    /** A client's ingest rows whose minute starts in [from, to), summed per source, in source order. */
    List<IngestTotalRow> ingestBySource(
            @Param("clientId") long clientId, @Param("from") OffsetDateTime from, @Param("to") OffsetDateTime to);
}
