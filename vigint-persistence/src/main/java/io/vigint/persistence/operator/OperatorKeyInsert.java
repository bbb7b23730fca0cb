package io.vigint.persistence.operator;

import java.time.OffsetDateTime;

/** The parameter of {@link OperatorKeyMapper#insert}: a new row whose {@link #getId() id} the insert fills in. */
public final class OperatorKeyInsert {
    private Long id;
    private final String name;
    private final String prefix;
    private final String keyHash;
    private final OffsetDateTime createdAt;

    public OperatorKeyInsert(String name, String prefix, String keyHash, OffsetDateTime createdAt) {
        this.name = name;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
    }

    /** The generated id, or {@code null} before the insert. */
    public Long getId() {
        return id;
    }

    /** Called by MyBatis with the generated key. */
    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
