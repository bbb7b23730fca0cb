package io.vigint.persistence.mail;

import java.time.OffsetDateTime;

/**
 * One row of {@code client_email_config}, as stored: provider and security as their lower-case names,
 * the secret sealed. {@link #toString()} leaves the sealed secret out.
 */
public record EmailConfigRow(
        long clientId,
        String provider,
        String fromEmail,
        String fromName,
        String host,
        Integer port,
        String username,
        String security,
        String domain,
        String region,
        String accessKeyId,
        String secretSealed,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
    @Override
    public String toString() {
        return "EmailConfigRow[clientId=" + clientId + ", provider=" + provider + ", updatedAt=" + updatedAt + "]";
    }
}
