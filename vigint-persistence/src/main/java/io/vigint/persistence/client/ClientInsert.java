package io.vigint.persistence.client;

import java.time.OffsetDateTime;

/** The parameter of {@link ClientMapper#insert}: a new row whose {@link #getId() id} the insert fills in. */
public final class ClientInsert {
    private Long id;
    private final String name;
    private final String nameKey;
    private final String email;
    private final String emailKey;
    private final String description;
    private final boolean active;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime updatedAt;

    public ClientInsert(
            String name,
            String nameKey,
            String email,
            String emailKey,
            String description,
            boolean active,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
        this.name = name;
        this.nameKey = nameKey;
        this.email = email;
        this.emailKey = emailKey;
        this.description = description;
        this.active = active;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
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

    public String getNameKey() {
        return nameKey;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailKey() {
        return emailKey;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
