package io.vigint.persistence.access;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL over {@code access_changes}; the statements are in {@code AccessChangeMapper.xml} beside this type's package. */
public interface AccessChangeMapper {
    /** Appends a change; returns the row count. */
    int insert(@Param("clientId") long clientId, @Param("changedAt") OffsetDateTime changedAt);

    /**
     * PostgreSQL only: {@code pg_notify(channel, payload)}, sent when the transaction commits; returns
     * nothing of use. Not mapped on H2.
     */
    String sendNotification(@Param("channel") String channel, @Param("payload") String payload);

    /** The highest id, or 0 when the table is empty. */
    long maxId();

    /** Rows with an id above {@code after} or among {@code also} (may be empty), in id order. */
    List<AccessChangeRow> listAfter(@Param("after") long after, @Param("also") Collection<Long> also);

    /** Deletes rows changed before {@code cutoff}; returns the row count. */
    int deleteChangedBefore(@Param("cutoff") OffsetDateTime cutoff);
}
