package io.vigint.persistence;

import java.util.Objects;

/**
 * The parameter of a mapper's {@code insert}: the row to insert (its id ignored; statements name its
 * columns as {@code #{row.name}}) and the id the database generates, which MyBatis sets after the insert.
 */
public final class NewRow<R> {
    private final R row;
    private Long id;

    public NewRow(R row) {
        this.row = Objects.requireNonNull(row, "row");
    }

    public R getRow() {
        return row;
    }

    /** The generated id, or {@code null} before the insert. */
    public Long getId() {
        return id;
    }

    /** Called by MyBatis with the generated key. */
    public void setId(Long id) {
        this.id = id;
    }
}
