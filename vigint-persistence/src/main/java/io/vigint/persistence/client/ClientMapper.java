package io.vigint.persistence.client;

import io.vigint.persistence.NewRow;
import java.util.List;

/** SQL over {@code clients}; the statements are in {@code ClientMapper.xml} beside this type's package. */
public interface ClientMapper {
    /** Inserts the row and sets its generated id; returns the row count. */
    int insert(NewRow<ClientRow> row);

    /** The row with this id, or {@code null}. */
    ClientRow findById(long id);

    /** Every row in id order. */
    List<ClientRow> list();

    /** Replaces the mutable columns of the row with {@code row.id()} (not {@code created_at}); returns the row count. */
    int update(ClientRow row);

    /** Deletes the row; returns the row count. */
    int delete(long id);
}
