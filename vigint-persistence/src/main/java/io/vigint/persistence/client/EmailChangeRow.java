package io.vigint.persistence.client;

import java.time.OffsetDateTime;

/** One row of {@code client_email_changes}, as stored. */
public record EmailChangeRow(
        long clientId, String email, String tokenHash, OffsetDateTime requestedAt, OffsetDateTime expiresAt) {}
