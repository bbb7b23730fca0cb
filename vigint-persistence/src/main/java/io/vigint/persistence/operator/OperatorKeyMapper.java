package io.vigint.persistence.operator;

import io.vigint.persistence.NewRow;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL over {@code operator_keys}; the statements are in {@code OperatorKeyMapper.xml} beside this type's package. */
public interface OperatorKeyMapper {
    /** Inserts the row (active, never used) and sets its generated id; returns the row count. */
    int insert(NewRow<OperatorKeyRow> row);

    /** 1 if some row is legacy, else {@code null}. */
    Integer anyLegacy();

    /** The row with this id, or {@code null}. */
    OperatorKeyRow findById(long id);

    /** The row with this hash, or {@code null}. */
    OperatorKeyRow findByHash(String keyHash);

    /** Every row in id order. */
    List<OperatorKeyRow> listAll();

    /** Sets whether the key is accepted; returns the row count. */
    int updateActive(@Param("id") long id, @Param("active") boolean active);

    /** Sets {@code last_used_at} unless it is already at or after {@code usedAt}; returns the row count. */
    int recordUse(@Param("id") long id, @Param("usedAt") OffsetDateTime usedAt);
}
