package io.vigint.persistence.mailqueue;

import io.vigint.core.mail.MailQueueDepth;
import io.vigint.persistence.NewRow;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL over {@code mail_queue}; the statements are in {@code MailQueueMapper.xml} beside this type's package. */
public interface MailQueueMapper {
    /** Inserts a queued row; sets the generated {@code id} through the parameter holder. */
    int insert(NewRow<MailQueueRow> row);

    /** Per client, the rows under a lease that runs past {@code now}. */
    List<ClientCount> leasedPerClient(@Param("now") OffsetDateTime now);

    /**
     * Due rows (queued, next attempt come, not under a running lease), at most {@code perClient} of each
     * client, earliest due first, at most {@code limit}.
     */
    List<DueMail> due(@Param("now") OffsetDateTime now, @Param("perClient") int perClient, @Param("limit") int limit);

    /** Leases the row if it is still due with {@code attempts} attempts; returns the row count (0 or 1). */
    int claim(
            @Param("id") long id,
            @Param("attempts") int attempts,
            @Param("now") OffsetDateTime now,
            @Param("leaseUntil") OffsetDateTime leaseUntil);

    MailQueueRow find(@Param("id") long id);

    /** Deletes the queued row if its current attempt is {@code attempt}. */
    int deleteClaimed(@Param("id") long id, @Param("attempt") int attempt);

    /** Makes the queued row due at {@code nextAttemptAt} if its current attempt is {@code attempt}. */
    int retryLater(
            @Param("id") long id,
            @Param("attempt") int attempt,
            @Param("nextAttemptAt") OffsetDateTime nextAttemptAt,
            @Param("error") String error);

    /** Marks the queued row failed if its current attempt is {@code attempt}. */
    int fail(@Param("id") long id, @Param("attempt") int attempt, @Param("error") String error);

    /** Messages waiting, leased (being sent) and failed at {@code now}, counted in one statement. */
    MailQueueDepth depth(@Param("now") OffsetDateTime now);
}
