package io.vigint.persistence.alert;

import java.time.OffsetDateTime;
import org.apache.ibatis.annotations.Param;

/** SQL over {@code alert_cooldowns}; the statements are in {@code AlertCooldownMapper.xml} beside this type's package. */
public interface AlertCooldownMapper {
    /**
     * Inserts the row unless the key has one; returns 1 if inserted, 0 if not. A racing uncommitted insert
     * of the key is waited for, never failed.
     */
    int insertIfAbsent(AlertCooldownRow row);

    /**
     * Replaces the key's row with {@code row} if that row ended by {@code row.startedAt} or is of a lower
     * rank; returns the row count (0: the row in force stays, or there is none).
     */
    int replaceIfYielding(AlertCooldownRow row);

    /** The key's row, or {@code null}. */
    AlertCooldownRow find(
            @Param("clientId") long clientId,
            @Param("sourceId") String sourceId,
            @Param("incidentType") String incidentType);

    /** Deletes the key's row if it is still {@code row} (same start, end and rank); returns the row count. */
    int deleteClaim(AlertCooldownRow row);

    /** Deletes every row that ended at or before {@code cutoff}; returns the row count. */
    int deleteEndedBy(@Param("cutoff") OffsetDateTime cutoff);
}
