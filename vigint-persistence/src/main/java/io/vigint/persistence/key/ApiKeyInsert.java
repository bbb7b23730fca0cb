package io.vigint.persistence.key;

import java.time.OffsetDateTime;

/** The parameter of {@link ApiKeyMapper#insert}: a new row whose {@link #getId() id} the insert fills in. */
public final class ApiKeyInsert {
    private Long id;
    private final long clientId;
    private final String name;
    private final String prefix;
    private final String keyHash;
    private final String status;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime expiresAt;

    public ApiKeyInsert(
            long clientId,
            String name,
            String prefix,
            String keyHash,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt) {
        this.clientId = clientId;
        this.name = name;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.status = status;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The generated id, or {@code null} before the insert. */
    public Long getId() {
        return id;
    }

    /** Called by MyBatis with the generated key. */
    public void setId(Long id) {
        this.id = id;
    }

    public long getClientId() {
        return clientId;
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

    public String getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
